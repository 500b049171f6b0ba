using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>A table cell whose stored value differs from what the records give now.</summary>
/// <param name="Key">The cell (<see cref="CellKeys"/>).</param>
/// <param name="Stored">The report's value.</param>
/// <param name="Current">The records' value.</param>
public sealed record ReportDifference(string Key, decimal? Stored, decimal? Current);

/// <summary>Compares the tables of two reports of the same format, cell by cell.</summary>
public static class ReportDifferences
{
    /// <summary>Every differing cell of Tables 2–4, in print order.</summary>
    public static IReadOnlyList<ReportDifference> Between(AnnualReport stored, AnnualReport current)
    {
        var differences = new List<ReportDifference>();
        foreach (var key in Keys(stored.Definition))
        {
            var (a, b) = (CellKeys.ValueOf(stored, key), CellKeys.ValueOf(current, key));
            if (a != b)
            {
                differences.Add(new ReportDifference(key, a, b));
            }
        }

        return differences;
    }

    /// <summary>Every table cell key of a format, in print order (Table 2, 3, 4).</summary>
    public static IEnumerable<string> Keys(AnnualReportFormat format)
    {
        foreach (var block in format.ProactiveBlocks)
        {
            foreach (var item in block.Items)
            {
                foreach (var measure in block.Measures)
                {
                    yield return CellKeys.Proactive(item.Code, measure.Code);
                }
            }
        }

        foreach (var row in format.ApplicationRows)
        {
            for (var c = 0; c < TableLayouts.ColumnCount; c++)
            {
                yield return CellKeys.Applications(row.Code, c);
            }
        }

        foreach (var group in TableLayouts.ReviewGroups)
        {
            foreach (var measure in TableLayouts.ReviewMeasures)
            {
                yield return CellKeys.Review(group.Code, measure.Code);
            }
        }
    }
}
