using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Demo;

[Collection(DatabaseCollection.Name)]
public sealed class DemoSeederTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seeds_every_role_once_and_only_into_an_empty_database(string provider)
    {
        await using var host = await PlatformHost.StartAsync(provider, postgres);
        await host.RunAsync<StaffRoleSetup>(s => s.EnsureRolesAsync());
        Assert.True(await host.RunAsync<DemoSeeder, bool>(s => s.SeedIfEmptyAsync("Test#Pingqiao2026")));
        Assert.False(await host.RunAsync<DemoSeeder, bool>(s => s.SeedIfEmptyAsync("Test#Pingqiao2026")));

        await host.RunAsync<UserManager<StaffUser>>(async users =>
        {
            foreach (var role in StaffRoleNames.Ids)
            {
                Assert.Single(await users.GetUsersInRoleAsync(role));
            }

            var editor = await users.FindByNameAsync("kgx.editor");
            Assert.NotNull(editor);
            Assert.True(await users.CheckPasswordAsync(editor, "Test#Pingqiao2026"));
        });
        var count = await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Agencies.CountAsync());
        Assert.Equal(DemoDistrict.Agencies.Count, count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_weak_password_is_refused_by_the_policy(string provider)
    {
        await using var host = await PlatformHost.StartAsync(provider, postgres);
        await host.RunAsync<StaffRoleSetup>(s => s.EnsureRolesAsync());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => host.RunAsync<DemoSeeder, bool>(s => s.SeedIfEmptyAsync("password")));
        Assert.Contains("kgx.editor", error.Message, StringComparison.Ordinal);
    }
}
