using System.Globalization;
using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports;
using Spectre.Console;

namespace OpenGovInfo.Cli.Audit;

/// <summary>The terminal table: one line per file with agency, year, format and finding counts, or the read error.</summary>
internal static class AuditSummary
{
    /// <summary>Writes the table and a one-line total.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<ReportReadResult> results)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("文件（file）", "机关（agency）", "年度（year）", "格式（format）", "错误（errors）", "警告（warnings）");
        foreach (var result in results)
        {
            if (result.Report is { } report)
            {
                table.AddRow(
                    Markup.Escape(result.Source),
                    Markup.Escape(report.Agency ?? "—"),
                    report.Year?.ToString(CultureInfo.InvariantCulture) ?? "—",
                    report.Definition.JsonName,
                    Count(report, FindingSeverity.Error, "red"),
                    Count(report, FindingSeverity.Warning, "yellow"));
            }
            else
            {
                table.AddRow(
                    Markup.Escape(result.Source),
                    $"[red]{Markup.Escape(Describe(result))}[/]",
                    "—", "—", "—", "—");
            }
        }

        console.Write(table);
        // The same status test the JSON, CSV and XLSX writers use, so these counts are theirs.
        var failed = results.Count(r => AuditStatus.Of(r) == AuditStatus.Failed);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"共 {results.Count} 个文件，读取 {results.Count - failed} 个，失败 {failed} 个（{results.Count} files, {results.Count - failed} read, {failed} failed）"));
    }

    /// <summary>The failure kind (for machines) and the Chinese reason of an unread file.</summary>
    public static string Describe(ReportReadResult result) => $"{result.Failure}: {AuditStatus.Reason(result)}";

    private static string Count(AnnualReport report, FindingSeverity severity, string colour)
    {
        var n = report.Findings.Count(f => f.Severity == severity);
        return n == 0 ? "0" : $"[{colour}]{n.ToString(CultureInfo.InvariantCulture)}[/]";
    }
}
