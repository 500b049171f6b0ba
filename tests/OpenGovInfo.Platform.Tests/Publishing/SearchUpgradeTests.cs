using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenGovInfo.Documents.Search;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Publishing;

/// <summary>
/// A database indexed before search filters became facet tokens (and, on PostgreSQL, before the narrow search table)
/// still finds its items by filtered search after the upgrade migrations.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SearchUpgradeTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Items_indexed_by_an_earlier_version_are_found_with_filters_after_migrating(string provider)
    {
        await using var host = await PlatformHost.StartAsync(provider, postgres, migrate: false);
        await host.RunAsync<OpenGovInfoDbContext>(db =>
            db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_Registers", StringComparison.Ordinal))));
        // Every save now appends to the audit trail (a later migration): lend its table too, and take it away below.
        await LendAuditTableAsync(host);
        await host.RunAsync<StaffRoleSetup>(s => s.EnsureRolesAsync());
        // Today's model writes two item columns that the Calendar migration added later: lend them to the old schema
        // for the seeding, then take them away again, so that the upgrade starts from the old items table.
        var (flag, date) = provider == "Sqlite" ? ("INTEGER NOT NULL DEFAULT 0", "TEXT NULL") : ("boolean NOT NULL DEFAULT false", "date NULL");
        await AlterItemsAsync(host, $"ADD COLUMN \"PublishByProvisional\" {flag}", $"ADD COLUMN \"PublishByBefore\" {date}");
        // The demo's register rows are written with the 更正/撤回 columns of the RegisterCorrections migration: lend them too.
        var instant = provider == "Sqlite" ? "TEXT NULL" : "timestamp with time zone NULL";
        await AlterRegistersAsync(host, $"ADD COLUMN \"CorrectedAt\" {instant}", $"ADD COLUMN \"WithdrawnAt\" {instant}");
        Assert.True(await host.RunAsync<DemoSeeder, bool>(s => s.SeedIfEmptyAsync("Test#Pingqiao2026")));
        // Index every public item as the earlier version did: segmented title and body, no facet tokens.
        var items = await host.RunAsync<OpenGovInfoDbContext, List<Item>>(db => db.Items.Where(i => i.SearchText != null).ToListAsync());
        await host.RunAsync<OpenGovInfoDbContext>(async db =>
        {
            foreach (var item in items)
            {
                var old = ChineseSegmenter.Shared.Segment(item.Title + " " + item.BodyText);
                await db.Items.Where(i => i.Id == item.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.SearchText, old));
            }
        });
        var bureau = items.First(i => i.IssuingAgency == DemoDistrict.Bureau && i.IndexYear == 2023);
        var filter = new SearchFilter(bureau.AgencyId, bureau.CategoryCode, 2023, PageSize: 100);
        Assert.DoesNotContain("ogiy", await host.RunAsync<OpenGovInfoDbContext, string?>(db =>
            db.Items.Where(i => i.Id == bureau.Id).Select(i => i.SearchText).SingleAsync()), StringComparison.Ordinal);

        await AlterItemsAsync(host, "DROP COLUMN \"PublishByProvisional\"", "DROP COLUMN \"PublishByBefore\"");
        await AlterRegistersAsync(host, "DROP COLUMN \"CorrectedAt\"", "DROP COLUMN \"WithdrawnAt\"");
        await host.RunAsync<OpenGovInfoDbContext>(db => db.Database.ExecuteSqlRawAsync("DROP TABLE audit_records"));
        await host.RunAsync<DatabaseMigrator>(m => m.MigrateAsync());

        var found = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("公开", filter));
        var expected = items.Count(i => i.AgencyId == bureau.AgencyId && i.CategoryCode == bureau.CategoryCode && i.IndexYear == 2023);
        Assert.Equal(expected, found.Total);
        Assert.Contains(found.Hits, h => h.Item.Id == bureau.Id);
        Assert.Equal(items.Count, (await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("公开", new SearchFilter(PageSize: 100)))).Total);
    }

    private static Task LendAuditTableAsync(PlatformHost host) =>
        host.RunAsync<OpenGovInfoDbContext>(async db =>
        {
            var migrations = db.GetService<IMigrationsAssembly>();
            var auditTrail = migrations.CreateMigration(
                migrations.Migrations.Single(m => m.Key.EndsWith("_AuditTrail", StringComparison.Ordinal)).Value, db.Database.ProviderName!);
            foreach (var command in db.GetService<IMigrationsSqlGenerator>().Generate(auditTrail.UpOperations))
            {
                // The AuditTrail migration's own DDL, no input: the EF1002 warning does not apply.
#pragma warning disable EF1002
                await db.Database.ExecuteSqlRawAsync(command.CommandText);
#pragma warning restore EF1002
            }
        });

    private static Task AlterItemsAsync(PlatformHost host, params string[] changes) =>
        host.RunAsync<OpenGovInfoDbContext>(async db =>
        {
            foreach (var change in changes)
            {
                // Fixed DDL written in this file, no input: the EF1003 warning does not apply.
#pragma warning disable EF1003
                await db.Database.ExecuteSqlRawAsync("ALTER TABLE items " + change);
#pragma warning restore EF1003
            }
        });

    private static Task AlterRegistersAsync(PlatformHost host, params string[] changes) =>
        host.RunAsync<OpenGovInfoDbContext>(async db =>
        {
            foreach (var table in (string[])["register_documents", "register_decisions", "register_fees"])
            {
                foreach (var change in changes)
                {
                    // Fixed DDL written in this file, no input: the EF1003 warning does not apply.
#pragma warning disable EF1003
                    await db.Database.ExecuteSqlRawAsync("ALTER TABLE " + table + " " + change);
#pragma warning restore EF1003
                }
            }
        });
}
