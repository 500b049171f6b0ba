using System.Globalization;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Cli.Audit;

/// <summary>One cell of a read report, flattened for CSV and spreadsheet output.</summary>
/// <param name="Table">proactive, applications or review_litigation.</param>
/// <param name="Row">Item, row or group code.</param>
/// <param name="Column">Measure, column or result code.</param>
/// <param name="Value">The value as printed, or empty when null.</param>
internal sealed record AuditCell(string Table, string Row, string Column, string Value)
{
    /// <summary>Every cell of a report in print order (null cells as empty values).</summary>
    public static IEnumerable<AuditCell> Of(AnnualReport report)
    {
        var format = report.Definition;
        foreach (var item in format.ProactiveItems)
        {
            foreach (var measure in format.Block(item.Code).Measures)
            {
                yield return new("proactive", item.Code, measure.Code, Text(report.Proactive?[item.Code, measure.Code]));
            }
        }

        foreach (var row in format.ApplicationRows)
        {
            for (var c = 0; c < TableLayouts.ColumnCount; c++)
            {
                yield return new("applications", row.Code, format.Columns[c].Code, Text(report.Applications?[row.Code, c]));
            }
        }

        for (var g = 0; g < format.ReviewGroups.Count; g++)
        {
            for (var m = 0; m < format.ReviewMeasures.Count; m++)
            {
                yield return new("review_litigation", format.ReviewGroups[g].Code, format.ReviewMeasures[m].Code,
                    Text(report.ReviewLitigation?.GroupAt(g)?[m]));
            }
        }
    }

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
