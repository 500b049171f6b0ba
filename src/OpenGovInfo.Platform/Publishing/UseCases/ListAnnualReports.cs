using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// The agency's published 政府信息公开工作年度报告 for the 年报 part of its disclosure column, newest first. Until the
/// platform compiles reports from its own records (roadmap), an annual report is an item whose title carries the name
/// the national format gives it ("…年政府信息公开工作年度报告").
/// </summary>
public sealed class ListAnnualReports(OpenGovInfoDbContext db)
{
    /// <summary>The name every annual report's title ends with.</summary>
    public const string TitleMark = "政府信息公开工作年度报告";

    /// <summary>Runs the query (at most <paramref name="count"/> reports).</summary>
    public async Task<IReadOnlyList<ItemSummary>> RunAsync(int agencyId, int count = 10, CancellationToken cancellationToken = default)
    {
        var rows = await db.Items.AsNoTracking().Public()
            .Where(i => i.AgencyId == agencyId && i.Title.Contains(TitleMark))
            .OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id)
            .Take(Math.Clamp(count, 1, 50))
            .Select(ItemProjections.Row).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToSummary())];
    }
}
