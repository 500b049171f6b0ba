using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Staff;

/// <summary>Several web nodes starting at once all create the roles: none may crash, and each role exists once.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class StaffRoleSetupTests(PostgresServer postgres)
{
    [Fact]
    public async Task Nodes_starting_at_the_same_time_create_each_role_once_without_failing()
    {
        await using var first = await PlatformHost.StartAsync("PostgreSql", postgres);
        var nodes = new List<PlatformHost> { first };
        for (var i = 0; i < 5; i++)
        {
            nodes.Add(await PlatformHost.AlongsideAsync(first));
        }

        try
        {
            for (var round = 0; round < 3; round++)
            {
                await first.RunAsync<OpenGovInfoDbContext>(db => db.Roles.ExecuteDeleteAsync());
                using var start = new Barrier(nodes.Count);
                await Task.WhenAll(nodes.Select(node => Task.Run(() =>
                {
                    start.SignalAndWait();
                    return node.RunAsync<StaffRoleSetup>(s => s.EnsureRolesAsync());
                })));
                var names = await first.RunAsync<OpenGovInfoDbContext, List<string?>>(db => db.Roles.Select(r => r.Name).ToListAsync());
                Assert.Equal(StaffRoleNames.Ids.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
            }
        }
        finally
        {
            foreach (var node in nodes.Skip(1))
            {
                await node.DisposeAsync();
            }
        }
    }
}
