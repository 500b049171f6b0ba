using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Cli.Db;
using OpenGovInfo.Platform.Audit;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.AuditLog;

/// <summary>
/// <c>ogi audit-log verify [--provider P] [--connection CS]</c>: recomputes the audit trail's hash chain.
/// Exit 0 when intact; 1 with the first broken sequence when a record was edited, deleted or inserted.
/// </summary>
public sealed class AuditLogVerifyCommand(IAnsiConsole console) : AsyncCommand<AuditLogVerifyCommand.Settings>
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
        var result = await scope.ServiceProvider.GetRequiredService<VerifyAuditTrail>().RunAsync(cancellationToken);
        if (result.Intact)
        {
            console.MarkupLine($"审计记录完整：共 {result.Records} 条，哈希链未被改动。");
            // The head hash, kept outside the database, is what reveals a cut-off tail: print it for the operator's log.
            console.MarkupLine($"末条哈希：{Markup.Escape(result.HeadHash.Length == 0 ? "（无记录）" : result.HeadHash)}");
            return 0;
        }

        console.MarkupLine($"[red]审计记录被篡改：哈希链在序号 {result.BrokenAt} 处断裂。[/]");
        console.MarkupLine(Markup.Escape(result.Problem ?? string.Empty));
        console.MarkupLine($"此前 {result.Records} 条记录完好。");
        return 1;
    }
}
