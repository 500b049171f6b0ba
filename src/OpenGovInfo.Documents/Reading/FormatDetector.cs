using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Detects the layout from structure, not year (annual-report-format.md §4.4): labels that only one format prints
/// (its Table 2 measures and block titles, its own Table 3 rows) are counted in the text; the year only breaks a tie.
/// </summary>
internal static class FormatDetector
{
    private const int MarkerLength = 8;

    private static readonly (AnnualReportFormat Format, string[] Markers)[] Markers = Build();

    /// <summary>The format whose own labels the text shows most; null when neither shows any.</summary>
    public static AnnualReportFormat? Detect(string documentKey, int? year)
    {
        var scores = Markers.Select(m => (m.Format, Hits: m.Markers.Count(k => documentKey.Contains(k, StringComparison.Ordinal))))
            .ToList();
        var best = scores.MaxBy(s => s.Hits);
        if (best.Hits == 0)
        {
            return null;
        }

        if (scores.Count(s => s.Hits == best.Hits) > 1)
        {
            return year is <= 2020 ? NationalFormats.Trial2019 : NationalFormats.Format2021;
        }

        return best.Format;
    }

    private static (AnnualReportFormat, string[])[] Build()
    {
        var labels = NationalFormats.All.ToDictionary(f => f, Labels);
        return [.. NationalFormats.All.Select(f =>
        {
            var others = labels.Where(kv => kv.Key != f).SelectMany(kv => kv.Value).ToList();
            var own = labels[f]
                .Select(k => k.Length > MarkerLength ? k[..MarkerLength] : k)
                .Where(k => k.Length >= 5 && !others.Any(o => o.Contains(k, StringComparison.Ordinal)))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            return (f, own);
        })];
    }

    private static List<string> Labels(AnnualReportFormat format) =>
    [
        .. format.ProactiveBlocks.Select(b => LabelKey.Of(b.Title)),
        .. format.ProactiveBlocks.SelectMany(b => b.Measures).Select(m => LabelKey.Of(m.Label)),
        .. format.ProactiveItems.Select(i => LabelKey.Of(i.Label)),
        .. format.ApplicationRows.Select(r => LabelKey.Of(r.Label)),
        .. format.ApplicationRows.Select(r => r.Category?.Label).OfType<string>().Select(LabelKey.Of),
    ];
}
