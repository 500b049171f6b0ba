using Microsoft.Extensions.DependencyInjection;
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
    /// <summary>Options: the database only.</summary>
    public sealed class Settings : DatabaseSettings
    {
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = settings.BuildServices();
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
