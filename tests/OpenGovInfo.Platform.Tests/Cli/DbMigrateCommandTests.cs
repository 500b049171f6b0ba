using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Cli;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;
using Spectre.Console;

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
        var (code, output) = Run("db", "migrate", "--provider", provider, "--connection", database.ConnectionString);
        Assert.Equal(0, code);
        var builder = new DbContextOptionsBuilder<OpenGovInfoDbContext>();
        PlatformDatabase.Configure(builder, new DatabaseOptions(Enum.Parse<DatabaseProvider>(provider), database.ConnectionString));
        await using var db = new OpenGovInfoDbContext(builder.Options);
        var all = db.Database.GetMigrations().Count();
        Assert.True(all >= 5, $"only {all} migrations found");
        Assert.Contains($"本次应用 {all} 个迁移", output, StringComparison.Ordinal);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());

        var (again, secondOutput) = Run("db", "migrate", "--provider", provider, "--connection", database.ConnectionString);
        Assert.Equal(0, again);
        Assert.Contains("本次应用 0 个迁移", secondOutput, StringComparison.Ordinal);
        database.DeleteFiles();
    }

    [Fact]
    public void An_unknown_provider_is_a_usage_error()
    {
        var (code, output) = Run("db", "migrate", "--provider", "Oracle");
        Assert.Equal(2, code);
        Assert.Contains("Oracle", output, StringComparison.Ordinal);
    }

    private static (int Code, string Output) Run(params string[] args)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        var code = OgiApp.Run(args, console);
        return (code, writer.ToString());
    }
}
