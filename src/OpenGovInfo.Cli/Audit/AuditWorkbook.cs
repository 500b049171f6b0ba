using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// XLSX output: a summary sheet with one line per input file (status and reason for those not read) and one sheet
/// per read report with its cells and findings.
/// </summary>
internal static class AuditWorkbook
{
    /// <summary>Name of the summary sheet.</summary>
    public const string SummarySheet = "汇总";

    /// <summary>Columns of the summary sheet.</summary>
    public static readonly string[] SummaryHeader = ["source", "status", "reason", "agency", "year", "format", "errors", "warnings"];

    private const int MaxSheetName = 31;

    /// <summary>Writes the file.</summary>
    public static void Write(string path, IReadOnlyList<ReportReadResult> results)
    {
        using var workbook = new XlsxSheetWriter(path);
        var summary = new List<IReadOnlyList<object?>> { SummaryHeader };
        summary.AddRange(results.Select(result => (IReadOnlyList<object?>)
        [
            result.Source, AuditStatus.Of(result), AuditStatus.Reason(result),
            result.Report?.Agency, result.Report?.Year, result.Report?.Definition.JsonName,
            result.Report?.Findings.Count(f => f.Severity == FindingSeverity.Error),
            result.Report?.Findings.Count(f => f.Severity == FindingSeverity.Warning),
        ]));
        workbook.AddSheet(SummarySheet, summary);

        // Each report's sheet is built on its own core; the package is written in input order.
        var sheets = results.Select((result, i) => (result, i)).AsParallel().AsOrdered()
            .Where(x => x.result.Report is not null)
            // !: the Where above kept only the results with a report.
            .Select(x => (Name: SheetName(x.i, x.result.Source), Xml: SheetXml.Build(ReportRows(x.result.Source, x.result.Report!))))
            .ToList();
        foreach (var (name, xml) in sheets)
        {
            workbook.AddSheet(name, xml);
        }
    }

    private static IEnumerable<IReadOnlyList<object?>> ReportRows(string source, AnnualReport report)
    {
        yield return [source];
        yield return [report.Title];
        yield return ["table", "row", "column", "value"];
        foreach (var cell in AuditCell.Of(report))
        {
            yield return [cell.Table, cell.Row, cell.Column, cell.Value.Length == 0 ? null : decimal.Parse(cell.Value, System.Globalization.CultureInfo.InvariantCulture)];
        }

        yield return [];
        yield return ["rule", "severity", "where", "message"];
        foreach (var finding in report.Findings)
        {
            yield return [finding.Rule, finding.Severity.ToString(), finding.Where, finding.Message];
        }
    }

    /// <summary>A legal sheet name: the 1-based index (unique) plus the file name, at most 31 characters.</summary>
    private static string SheetName(int index, string source)
    {
        var stem = new string([.. Path.GetFileNameWithoutExtension(source).Where(c => !"[]:*?/\\'".Contains(c, StringComparison.Ordinal))]);
        var name = $"{index + 1} {stem}";
        return name.Length > MaxSheetName ? name[..MaxSheetName] : name;
    }
}
