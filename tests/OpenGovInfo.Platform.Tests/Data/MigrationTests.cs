using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Data;

/// <summary>Both providers' migrations are complete and apply from scratch.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class MigrationTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_model_has_no_changes_missing_from_the_migrations(string provider)
    {
        await using var host = await PlatformHost.StartAsync(provider, postgres, migrate: false);
        var pending = await host.RunAsync<OpenGovInfoDbContext, bool>(db => Task.FromResult(db.Database.HasPendingModelChanges()));
        Assert.False(pending, $"{provider}: the model has changes without a migration — run scripts/add-migration.sh NAME.");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task All_migrations_apply_to_an_empty_database(string provider)
    {
        await using var host = await PlatformHost.StartAsync(provider, postgres, migrate: false);
        var applied = await host.RunAsync<DatabaseMigrator, IReadOnlyList<string>>(m => m.MigrateAsync());
        await host.RunAsync<OpenGovInfoDbContext>(async db =>
        {
            var all = db.Database.GetMigrations().ToList();
            Assert.NotEmpty(all);
            Assert.Equal(all, applied);
            Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal(0, await db.Agencies.CountAsync());
            Assert.Equal(0, await db.DataProtectionKeys.CountAsync());
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrating_twice_applies_nothing_the_second_time(string provider)
    {
        await using var host = await PlatformHost.StartAsync(provider, postgres);
        var second = await host.RunAsync<DatabaseMigrator, IReadOnlyList<string>>(m => m.MigrateAsync());
        Assert.Empty(second);
    }
}
