using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Cli.Db;
using OpenGovInfo.Platform.Audit;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.AuditLog;

/// <summary>
/// <c>ogi audit-log verify [--provider P] [--connection CS] [--head HASH]</c>: recomputes the audit trail's hash chain;
/// with <c>--head</c>, also checks that a head hash printed by an earlier run is still in it (a cut-off tail).
/// Exit 0 when intact; 1 with the first broken sequence when a record was edited, deleted or inserted.
/// </summary>
public sealed class AuditLogVerifyCommand(IAnsiConsole console) : AsyncCommand<AuditLogVerifyCommand.Settings>
{
    /// <summary>Options: the database, and optionally a head hash kept from an earlier run.</summary>
    public sealed class Settings : DatabaseSettings
    {
        /// <summary>A head hash printed by an earlier verify and kept outside the database.</summary>
        [CommandOption("--head <HASH>")]
        [Description("此前核验时记下的末条哈希：检查它仍在链中（发现末尾记录被删除）")]
        public string? Head { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = settings.BuildServices();
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<VerifyAuditTrail>().RunAsync(settings.Head, cancellationToken);
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
