using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Calendar;

/// <summary>An item's stored publish-by date with its “why this date” count.</summary>
/// <param name="Due">The stored date (null when none could be computed).</param>
/// <param name="Provisional">True when counted on a provisional year (暂定，以国务院办公厅通知为准).</param>
/// <param name="Before">The date before a notice moved it, or null.</param>
/// <param name="Explanation">The count on the current calendar, day by day.</param>
public sealed record PublishByView(DateOnly? Due, bool Provisional, DateOnly? Before, DeadlineExplanation? Explanation);

/// <summary>“Why this date?” for the publish-by dates of items (条例 第二十六条: 20 working days from formation).</summary>
public sealed class ExplainPublishBy(OpenGovInfoDbContext db, CalendarStore calendars)
{
    /// <summary>The views of the given items of one agency, by item id.</summary>
    public async Task<IReadOnlyDictionary<int, PublishByView>> ForItemsAsync(int agencyId, IReadOnlyCollection<int> itemIds, CancellationToken cancellationToken = default)
    {
        var rows = await db.Items.AsNoTracking()
            .Where(i => i.AgencyId == agencyId && itemIds.Contains(i.Id))
            .Select(i => new { i.Id, i.FormedOn, i.PublishBy, i.PublishByProvisional, i.PublishByBefore })
            .ToListAsync(cancellationToken);
        var calendar = await calendars.CurrentAsync(db, cancellationToken);
        return rows.ToDictionary(r => r.Id, r => new PublishByView(
            r.PublishBy, r.PublishByProvisional, r.PublishByBefore,
            calendar.Explain(r.FormedOn, StatutoryClock.ProactivePublishingWorkingDays)));
    }

    /// <summary>The view of one item, or null when the agency has no such item.</summary>
    public async Task<PublishByView?> ForItemAsync(int agencyId, int itemId, CancellationToken cancellationToken = default) =>
        (await ForItemsAsync(agencyId, [itemId], cancellationToken)).GetValueOrDefault(itemId);
}
