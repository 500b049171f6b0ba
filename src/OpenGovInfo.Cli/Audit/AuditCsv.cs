using System.Text;
using OpenGovInfo.Documents.Reading;

namespace OpenGovInfo.Cli.Audit;

/// <summary>CSV output: one row per report × cell (RFC 4180 quoting, UTF-8 with BOM so spreadsheet programs read Chinese).</summary>
internal static class AuditCsv
{
    /// <summary>The CSV header.</summary>
    public static readonly string[] Header = ["source", "agency", "year", "format", "table", "row", "column", "value"];

    /// <summary>Writes the file.</summary>
    public static void Write(string path, IEnumerable<ReportReadResult> results)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        writer.Write(string.Join(',', Header) + "\r\n");
        foreach (var result in results.Where(r => r.Succeeded))
        {
            var report = result.Report!;
            var year = report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
            foreach (var cell in AuditCell.Of(report))
            {
                string[] fields = [result.Source, report.Agency ?? "", year, report.Definition.JsonName, cell.Table, cell.Row, cell.Column, cell.Value];
                writer.Write(string.Join(',', fields.Select(Quote)) + "\r\n");
            }
        }
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
