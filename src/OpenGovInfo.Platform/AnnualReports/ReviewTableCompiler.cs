using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Platform.Applications;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// Table 4 from the reconsideration and litigation records. The national format does not say whether it counts cases
/// filed in the year or cases handled in it (annual-report-format.md T4-3, [U]); we count each case once, in the year
/// it was filed, with its result as it stood on 31 December of that year — a result decided later shows as 尚未审结 —
/// so compiling a past year again gives the published numbers (ADR 0014).
/// </summary>
public static class ReviewTableCompiler
{
    private static readonly RemedyResult[] Results = [RemedyResult.Upheld, RemedyResult.Corrected, RemedyResult.Other, RemedyResult.Pending];

    /// <summary>Fills <paramref name="table"/> and records each cell's cases.</summary>
    public static void Compile(int year, IEnumerable<RemedyFacts> remedies, ReviewLitigationTable table, IDictionary<string, CellSources> sources)
    {
        var end = new DateOnly(year, 12, 31);
        var byGroup = remedies.Where(r => r.FiledOn.Year == year).OrderBy(r => r.Id).GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var kind in Enum.GetValues<RemedyKind>())
        {
            var group = kind.Group();
            var cases = byGroup.GetValueOrDefault(kind) ?? [];
            var cells = new int?[ReviewLitigationTable.MeasureCount];
            foreach (var result in Results)
            {
                var measure = result.Measure();
                List<int> ids = [.. cases.Where(c => AsOf(c, end) == result).Select(c => c.Id)];
                cells[Index(measure)] = ids.Count;
                sources[CellKeys.Review(group.Code, measure.Code)] = new CellSources(SourceKind.Remedy, ids);
            }

            var total = TableLayouts.ReviewMeasures.Single(m => m.IsTotal);
            cells[Index(total)] = cases.Count;
            sources[CellKeys.Review(group.Code, total.Code)] = new CellSources(SourceKind.Remedy, [.. cases.Select(c => c.Id)]);
            table.SetGroup(group.Code, cells);
        }
    }

    /// <summary>
    /// Fills <paramref name="table"/> from counts the database made with the same tests as <see cref="Compile"/>: the
    /// cases filed in the year by kind and by their result as it stood on 31 December (<see cref="AsOf"/>).
    /// </summary>
    public static void CompileCounts(IEnumerable<(RemedyKind Kind, RemedyResult Result, int Count)> counts, ReviewLitigationTable table)
    {
        var byKind = counts.ToLookup(c => c.Kind);
        foreach (var kind in Enum.GetValues<RemedyKind>())
        {
            var cells = new int?[ReviewLitigationTable.MeasureCount];
            foreach (var result in Results)
            {
                cells[Index(result.Measure())] = byKind[kind].Where(c => c.Result == result).Sum(c => c.Count);
            }

            cells[Index(TableLayouts.ReviewMeasures.Single(m => m.IsTotal))] = byKind[kind].Sum(c => c.Count);
            table.SetGroup(kind.Group().Code, cells);
        }
    }

    /// <summary>The result as it stood at the end of <paramref name="day"/>.</summary>
    public static RemedyResult AsOf(RemedyFacts remedy, DateOnly day) =>
        remedy.Result != RemedyResult.Pending && remedy.DecidedOn is { } decided && decided <= day ? remedy.Result : RemedyResult.Pending;

    private static int Index(ReviewMeasure measure)
    {
        for (var i = 0; i < TableLayouts.ReviewMeasures.Count; i++)
        {
            if (TableLayouts.ReviewMeasures[i] == measure)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(measure));
    }
}
