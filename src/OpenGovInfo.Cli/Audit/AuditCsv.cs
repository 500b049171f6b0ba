using System.Globalization;
using System.Text;
using OpenGovInfo.Documents.Reading;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// CSV output: one row per report × cell, and one row for each file that could not be read (its status and
/// reason, cell columns empty), so every input file appears. RFC 4180 quoting, UTF-8 with BOM so spreadsheet
/// programs read Chinese. Each file's rows are formatted on their own core and written in input order.
/// </summary>
internal static class AuditCsv
{
    /// <summary>The CSV header.</summary>
    public static readonly string[] Header = ["source", "status", "reason", "agency", "year", "format", "table", "row", "column", "value"];

    /// <summary>Writes the file.</summary>
    public static void Write(string path, IReadOnlyList<ReportReadResult> results)
    {
        var blocks = results.AsParallel().AsOrdered().Select(Rows).ToArray();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        writer.Write(Line(Header));
        foreach (var block in blocks)
        {
            writer.Write(block);
        }
    }

    private static string Rows(ReportReadResult result)
    {
        if (!result.Succeeded)
        {
            return Line([result.Source, AuditStatus.Failed, AuditStatus.Reason(result) ?? "", "", "", "", "", "", "", ""]);
        }

        var report = result.Report;
        var year = report.Year?.ToString(CultureInfo.InvariantCulture) ?? "";
        var sb = new StringBuilder();
        foreach (var cell in AuditCell.Of(report))
        {
            sb.Append(Line([result.Source, AuditStatus.Read, "", report.Agency ?? "", year, report.Definition.JsonName,
                cell.Table, cell.Row, cell.Column, cell.Value]));
        }

        return sb.ToString();
    }

    private static string Line(string[] fields) => string.Join(',', fields.Select(Quote)) + "\r\n";

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
