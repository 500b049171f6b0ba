using System.ComponentModel;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Rules;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Reports;

/// <summary><c>ogi report check FILE.json [--previous LAST.json] [--json]</c>.</summary>
public sealed class CheckCommand : Command<CheckCommand.Settings>
{
    private readonly IAnsiConsole console;

    /// <summary>Creates the command writing to a console.</summary>
    public CheckCommand(IAnsiConsole console) => this.console = console;

    /// <summary>Arguments of the command.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The report to check.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("报告的规范 JSON 文件（canonical report JSON）")]
        public string File { get; init; } = "";

        /// <summary>Last year's report for the cross-year rules.</summary>
        [CommandOption("-p|--previous <LAST>")]
        [Description("上一年度报告 JSON，用于跨年度核对 T3-6、T2-2（previous year's report, for cross-year rules）")]
        public string? Previous { get; init; }

        /// <summary>Machine-readable output.</summary>
        [CommandOption("--json")]
        [Description("以 JSON 输出 {\"findings\": [[...]]}（print findings as JSON）")]
        public bool Json { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (ReportFiles.Load(settings.File, console) is not { } report)
        {
            return CliErrors.UsageError;
        }

        AnnualReport? previous = null;
        if (settings.Previous is not null && (previous = ReportFiles.Load(settings.Previous, console)) is null)
        {
            return CliErrors.UsageError;
        }

        var findings = ConsistencyChecker.Check(report, previous);
        if (settings.Json)
        {
            FindingsOutput.WriteJson(console, findings);
        }
        else
        {
            FindingsOutput.WriteText(console, report, findings);
        }

        return findings.Any(f => f.Severity == FindingSeverity.Error) ? 1 : 0;
    }
}
