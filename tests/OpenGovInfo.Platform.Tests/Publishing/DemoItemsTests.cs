using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Publishing;

/// <summary>The demo seed's items match the bureau's 2023 figures and continue numbering correctly.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class DemoItemsTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_bureau_has_36_items_in_2023_with_the_published_category_counts(string provider)
    {
        await using var host = await PlatformHost.StartAsync(provider, postgres);
        await host.RunAsync<OpenGovInfo.Platform.Staff.StaffRoleSetup>(s => s.EnsureRolesAsync());
        Assert.True(await host.RunAsync<DemoSeeder, bool>(s => s.SeedIfEmptyAsync("Test#Pingqiao2026")));
        var bureau = await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Agencies.Where(a => a.Name == DemoDistrict.Bureau).Select(a => a.Id).SingleAsync());

        var page = await host.RunAsync<ListItems, ItemPage>(q => q.RunAsync(new ItemFilter(bureau, Year: 2023, PageSize: 100)));
        Assert.Equal(36, page.Total);
        var counts = page.Items.GroupBy(i => i.CategoryName).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(15, counts["工作动态"]);
        Assert.Equal(2, counts["计划总结"]);
        Assert.Equal(19, counts["其他"]);
        Assert.False(counts.ContainsKey("人事信息"));
        Assert.Equal(Enumerable.Range(1, 36).Select(n => $"11411503005056032N/2023-{n:D5}"), page.Items.Select(i => i.IndexNumber).Order(StringComparer.Ordinal));

        var dashboard = await host.RunAsync<PublishingDashboard, DashboardView>(q => q.RunAsync(bureau));
        Assert.NotEmpty(dashboard.Late);
        Assert.NotEmpty(dashboard.AtRisk);
        var search = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("科技", new SearchFilter(bureau, Year: 2023)));
        Assert.True(search.Total > 5);
    }
}
