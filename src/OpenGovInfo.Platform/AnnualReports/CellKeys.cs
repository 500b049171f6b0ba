using System.Globalization;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// Names of compiled cells in the canonical JSON path style the rules already use in their findings
/// (<c>applications.granted.natural_person</c>), so a finding and a drill-down link name a cell the same way.
/// </summary>
public static class CellKeys
{
    /// <summary>A Table 3 cell.</summary>
    public static string Applications(string row, int column) => $"applications.{row}.{TableLayouts.Columns[column].Code}";

    /// <summary>A Table 4 cell.</summary>
    public static string Review(string group, string measure) => $"review_litigation.{group}.{measure}";

    /// <summary>A Table 2 value.</summary>
    public static string Proactive(string item, string measure) => $"proactive.{item}.{measure}";

    /// <summary>An overview count of published items of a category (or <c>all</c>).</summary>
    public static string Published(string category) => $"published.{category}";

    /// <summary>Reads a cell's value from a report, or null when the key names no cell.</summary>
    public static decimal? ValueOf(AnnualReport report, string key)
    {
        var parts = key.Split('.');
        return parts switch
        {
            ["applications", .. var rest] when rest.Length >= 2 && report.Applications is { } t
                && ColumnIndex(rest[^1]) is { } c && t.Format.RowIndexOf(string.Join('.', rest[..^1])) >= 0
                => t[string.Join('.', rest[..^1]), c],
            ["review_litigation", var g, var m] when report.ReviewLitigation?.Group(g) is { } cells
                => cells[MeasureIndex(m)],
            ["proactive", var i, var m] when report.Proactive is { } p && p.Format.BlockOf(i) is not null => p[i, m],
            _ => null,
        };
    }

    /// <summary>The Table 3 column index of a code, or null.</summary>
    public static int? ColumnIndex(string code)
    {
        for (var i = 0; i < TableLayouts.Columns.Count; i++)
        {
            if (TableLayouts.Columns[i].Code == code)
            {
                return i;
            }
        }

        return null;
    }

    private static int MeasureIndex(string code)
    {
        for (var i = 0; i < TableLayouts.ReviewMeasures.Count; i++)
        {
            if (TableLayouts.ReviewMeasures[i].Code == code)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(code), code, string.Format(CultureInfo.InvariantCulture, "Not a Table 4 measure."));
    }
}
