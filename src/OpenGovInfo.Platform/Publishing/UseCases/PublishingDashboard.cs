using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>An unpublished item that needs attention, with its working days left (negative when late).</summary>
public sealed record TimelinessCard(ItemSummary Item, TimelinessStatus Status, int? WorkingDaysLeft);

/// <summary>The staff dashboard's late and at-risk cards.</summary>
public sealed record DashboardView(IReadOnlyList<TimelinessCard> Late, IReadOnlyList<TimelinessCard> AtRisk);

/// <summary>
/// 条例 第二十六条: items not yet published within 20 working days of formation are late; within
/// <see cref="PublishTimeliness.DefaultAtRiskWorkingDays"/> working days of the deadline they are at risk.
/// </summary>
public sealed class PublishingDashboard(OpenGovInfoDbContext db, TimeProvider clock, Calendar.CalendarStore calendars)
{
    /// <summary>Runs the query for one agency.</summary>
    public async Task<DashboardView> RunAsync(int agencyId, CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.Today(clock);
        var timeliness = new PublishTimeliness(new StatutoryClock(await calendars.CurrentAsync(db, cancellationToken)));
        var rows = await db.Items.AsNoTracking()
            .Where(i => i.AgencyId == agencyId && i.PublishedAt == null && i.State != ItemState.Withdrawn)
            .OrderBy(i => i.FormedOn).Select(ItemProjections.Row).ToListAsync(cancellationToken);
        var cards = rows.Select(r => Assess(timeliness, r.ToSummary(), today)).OfType<TimelinessCard>().ToList();
        return new DashboardView(
            [.. cards.Where(c => c.Status == TimelinessStatus.Late)],
            [.. cards.Where(c => c.Status == TimelinessStatus.AtRisk)]);
    }

    private static TimelinessCard? Assess(PublishTimeliness timeliness, ItemSummary item, DateOnly today)
    {
        var result = timeliness.Assess(item.FormedOn, today, null);
        return result.Assessment is { NeedsAttention: true } a ? new TimelinessCard(item, a.Status, a.WorkingDaysLeft) : null;
    }
}
