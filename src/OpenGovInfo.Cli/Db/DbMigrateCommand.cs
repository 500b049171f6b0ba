using System.ComponentModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform;
using OpenGovInfo.Platform.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Db;

/// <summary>
/// <c>ogi db migrate [--provider P] [--connection CS]</c>: applies pending migrations with the same configuration
/// as the web host (environment variables <c>Database__Provider</c>, <c>ConnectionStrings__OpenGovInfo</c>).
/// </summary>
public sealed class DbMigrateCommand(IAnsiConsole console) : AsyncCommand<DbMigrateCommand.Settings>
{
    /// <summary>Options; each overrides its environment variable.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Sqlite or PostgreSql.</summary>
        [CommandOption("--provider <PROVIDER>")]
        [Description("数据库类型 Sqlite 或 PostgreSql（默认读取 Database__Provider，未设置时为 Sqlite）")]
        public string? Provider { get; init; }

        /// <summary>Connection string.</summary>
        [CommandOption("--connection <CONNECTION>")]
        [Description("连接字符串（默认读取 ConnectionStrings__OpenGovInfo；SQLite 默认 ./data/opengovinfo.db）")]
        public string? Connection { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>();
        if (settings.Provider is not null)
        {
            overrides["Database:Provider"] = settings.Provider;
        }

        if (settings.Connection is not null)
        {
            overrides["ConnectionStrings:OpenGovInfo"] = settings.Connection;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
        await using var services = new ServiceCollection().AddLogging().AddPlatform(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        console.MarkupLine($"数据库（{database.Provider}）已是最新：本次应用 {applied.Count} 个迁移。");
        foreach (var name in applied)
        {
            console.MarkupLine($"  [green]✓[/] {Markup.Escape(name)}");
        }

        return 0;
    }
}
