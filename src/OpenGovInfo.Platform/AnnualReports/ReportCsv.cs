using System.Globalization;
using System.Text;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// The open-data CSV of a report: one line per table cell (Tables 2–4) with its stable key and Chinese label, UTF-8
/// with a BOM so that spreadsheet programs read the Chinese.
/// </summary>
public static class ReportCsv
{
    /// <summary>The CSV bytes.</summary>
    public static byte[] Write(AnnualReport report)
    {
        var text = new StringBuilder("agency,year,cell,label,value\r\n");
        foreach (var key in ReportDifferences.Keys(report.Definition))
        {
            var value = CellKeys.ValueOf(report, key);
            text.Append(Quote(report.Agency ?? string.Empty)).Append(',')
                .Append(report.Year?.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(key).Append(',')
                .Append(Quote(CellLabels.Describe(key))).Append(',')
                .Append(value?.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
