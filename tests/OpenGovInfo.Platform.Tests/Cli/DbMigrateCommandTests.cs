using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Cli;

// Here rather than in Cli.Tests: `ogi db migrate` is the platform's migration entry point and needs the cluster.
[Collection(DatabaseCollection.Name)]
public sealed class DbMigrateCommandTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ogi_db_migrate_applies_every_migration_once(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        var (code, output) = CliRunner.Run("db", "migrate", "--provider", provider, "--connection", database.ConnectionString);
        Assert.Equal(0, code);
        var builder = new DbContextOptionsBuilder<OpenGovInfoDbContext>();
        PlatformDatabase.Configure(builder, new DatabaseOptions(Enum.Parse<DatabaseProvider>(provider), database.ConnectionString));
        await using var db = new OpenGovInfoDbContext(builder.Options);
        var all = db.Database.GetMigrations().Count();
        Assert.True(all >= 5, $"only {all} migrations found");
        Assert.Contains($"本次应用 {all} 个迁移", output, StringComparison.Ordinal);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());

        var (again, secondOutput) = CliRunner.Run("db", "migrate", "--provider", provider, "--connection", database.ConnectionString);
        Assert.Equal(0, again);
        Assert.Contains("本次应用 0 个迁移", secondOutput, StringComparison.Ordinal);
        database.DeleteFiles();
    }

    [Fact]
    public void An_unknown_provider_is_a_usage_error()
    {
        var (code, output) = CliRunner.Run("db", "migrate", "--provider", "Oracle");
        Assert.Equal(2, code);
        Assert.Contains("Oracle", output, StringComparison.Ordinal);
    }
}
