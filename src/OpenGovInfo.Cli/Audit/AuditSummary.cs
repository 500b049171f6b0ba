using System.Globalization;
using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Documents.Auditing;
using OpenGovInfo.Domain.AnnualReports.Audit;
using Spectre.Console;

namespace OpenGovInfo.Cli.Audit;

/// <summary>The terminal table: one line per file with agency, year, format and finding counts, or the read error.</summary>
internal static class AuditSummary
{
    /// <summary>Writes the table and a one-line total.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<AuditedReport> run)
    {
        var results = run.Select(r => r.Result).ToList();
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("文件（file）", "机关（agency）", "年度（year）", "格式（format）", "错误（errors）", "警告（warnings）", "审计（audit E/W/I/?）");
        foreach (var (result, audit) in run.Select(r => (r.Result, r.Findings)))
        {
            if (result.Report is { } report)
            {
                table.AddRow(
                    Markup.Escape(result.Source),
                    Markup.Escape(report.Agency ?? "—"),
                    report.Year?.ToString(CultureInfo.InvariantCulture) ?? "—",
                    report.Definition.JsonName,
                    Count(report, FindingSeverity.Error, "red"),
                    Count(report, FindingSeverity.Warning, "yellow"),
                    AuditCounts(audit));
            }
            else
            {
                table.AddRow(
                    Markup.Escape(result.Source),
                    $"[red]{Markup.Escape(Describe(result))}[/]",
                    "—", "—", "—", "—", AuditCounts(audit));
            }
        }

        console.Write(table);
        // The same status test the JSON, CSV and XLSX writers use, so these counts are theirs.
        var failed = results.Count(r => AuditStatus.Of(r) == AuditStatus.Failed);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"共 {results.Count} 个文件，读取 {results.Count - failed} 个，失败 {failed} 个（{results.Count} files, {results.Count - failed} read, {failed} failed）"));
    }

    /// <summary>"E2 W3 I1 ?1": decided errors, warnings, infos, and undecided checks.</summary>
    private static string AuditCounts(IReadOnlyList<AuditFinding> findings) => string.Create(CultureInfo.InvariantCulture,
        $"E{findings.Count(f => !f.Uncertain && f.Severity == AuditSeverity.Error)} W{findings.Count(f => !f.Uncertain && f.Severity == AuditSeverity.Warning)} I{findings.Count(f => !f.Uncertain && f.Severity == AuditSeverity.Info)} ?{findings.Count(f => f.Uncertain)}");

    /// <summary>The failure kind (for machines) and the Chinese reason of an unread file.</summary>
    public static string Describe(ReportReadResult result) => $"{result.Failure}: {AuditStatus.Reason(result)}";

    private static string Count(AnnualReport report, FindingSeverity severity, string colour)
    {
        var n = report.Findings.Count(f => f.Severity == severity);
        return n == 0 ? "0" : $"[{colour}]{n.ToString(CultureInfo.InvariantCulture)}[/]";
    }
}
