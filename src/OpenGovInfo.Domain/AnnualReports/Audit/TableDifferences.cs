using System.Globalization;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>Cells two reports both print with different values (A6, and "identical figures" for D4).</summary>
public static class TableDifferences
{
    /// <summary>A cell that differs.</summary>
    public sealed record Difference(string Cell, string Mine, string Theirs);

    /// <summary>Every known cell of <paramref name="a"/> whose counterpart in <paramref name="b"/> is known and different.</summary>
    public static IEnumerable<Difference> Between(AnnualReport a, AnnualReport b)
    {
        var theirs = Cells(b).ToDictionary(c => c.Path, c => c.Value, StringComparer.Ordinal);
        foreach (var (path, value) in Cells(a))
        {
            if (value is not null && theirs.TryGetValue(path, out var other) && other is not null && other != value)
            {
                yield return new Difference(path, Text(value.Value), Text(other.Value));
            }
        }
    }

    /// <summary>Every cell of the three tables, by canonical path.</summary>
    public static IEnumerable<(string Path, decimal? Value)> Cells(AnnualReport report)
    {
        var format = report.Definition;
        foreach (var item in format.ProactiveItems)
        {
            foreach (var measure in format.Block(item.Code).Measures)
            {
                yield return ($"proactive.{item.Code}.{measure.Code}", report.Proactive?[item.Code, measure.Code]);
            }
        }

        foreach (var row in format.ApplicationRows)
        {
            for (var c = 0; c < TableLayouts.ColumnCount; c++)
            {
                yield return ($"applications.{row.Code}.{TableLayouts.Columns[c].Code}", report.Applications?[row.Code, c]);
            }
        }

        for (var g = 0; g < TableLayouts.ReviewGroups.Count; g++)
        {
            for (var m = 0; m < TableLayouts.ReviewMeasures.Count; m++)
            {
                yield return ($"review_litigation.{TableLayouts.ReviewGroups[g].Code}.{TableLayouts.ReviewMeasures[m].Code}",
                    report.ReviewLitigation?.GroupAt(g)?[m]);
            }
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
