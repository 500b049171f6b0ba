using OpenGovInfo.Domain.Publishing;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// The overview's published items by headline category (<see cref="ProactiveCounts"/>), from the items themselves (with
/// their drill-down lists) or from counts per category the database made (the roll-up and the dashboard): one
/// definition of which category counts where, so the two cannot drift.
/// </summary>
internal static class PublishedCategories
{
    private static readonly InformationCategory[] Headline =
    [
        InformationCategory.WorkUpdates, InformationCategory.PlansAndSummaries, InformationCategory.Personnel,
        InformationCategory.LawEnforcement, InformationCategory.Other,
    ];

    /// <summary>Counts <paramref name="published"/> (id, category code) and records each headline's items.</summary>
    public static ProactiveCounts Count(IEnumerable<(int Id, string CategoryCode)> published, IDictionary<string, CellSources> sources)
    {
        var items = published.ToList();
        var counts = new List<(string, string, int)>();
        foreach (var category in Headline)
        {
            List<int> ids = [.. items.Where(i => CountsUnder(category, i.CategoryCode)).Select(i => i.Id).Order()];
            sources[CellKeys.Published(category.Code)] = new CellSources(SourceKind.Item, ids);
            counts.Add((category.Code, category.Name, ids.Count));
        }

        sources[CellKeys.Published("all")] = new CellSources(SourceKind.Item, [.. items.Select(i => i.Id).Order()]);
        return new ProactiveCounts(items.Count, counts);
    }

    /// <summary>The same figures from the number of items per category code.</summary>
    public static ProactiveCounts FromCounts(IEnumerable<(string CategoryCode, int Count)> byCode)
    {
        var all = byCode.ToList();
        return new ProactiveCounts(
            all.Sum(c => c.Count),
            [.. Headline.Select(category => (category.Code, category.Name, all.Where(c => CountsUnder(category, c.CategoryCode)).Sum(c => c.Count)))]);
    }

    /// <summary>其他 takes every category that is not another headline (the 第二十条 ones included: Table 2 reports those).</summary>
    private static bool CountsUnder(InformationCategory headline, string code) => headline == InformationCategory.Other
        ? Headline.All(h => h == InformationCategory.Other || h.Code != code)
        : code == headline.Code;
}
