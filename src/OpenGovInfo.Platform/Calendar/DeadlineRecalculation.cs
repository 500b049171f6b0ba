using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Calendar;

/// <summary>
/// After a calendar change, recomputes every stored publish-by date whose count ran over a day that changed (or that
/// was provisional, or could not be computed), in the importing transaction; every date that moves is recorded.
/// </summary>
internal static class DeadlineRecalculation
{
    internal static async Task<IReadOnlyList<MovedDeadline>> RunAsync(
        OpenGovInfoDbContext db, WorkingDayCalendar before, WorkingDayCalendar after, int noticeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changed = ChangedDays(before, after);
        var clock = new StatutoryClock(after);
        var query = db.Items.Where(i => i.PublishBy == null || i.PublishByProvisional);
        if (changed is { } range)
        {
            query = db.Items.Where(i => i.PublishBy == null || i.PublishByProvisional
                || (i.FormedOn < range.Last && i.PublishBy >= range.First));
        }

        var moved = new List<MovedDeadline>();
        foreach (var item in await query.ToListAsync(cancellationToken))
        {
            var deadline = clock.PublishBy(item.FormedOn).Deadline;
            if (deadline is null)
            {
                continue;
            }

            item.PublishByProvisional = deadline.Provisional;
            if (deadline.Due == item.PublishBy)
            {
                continue;
            }

            moved.Add(new MovedDeadline(item.Id, item.AgencyId, item.Title, item.PublishBy, deadline.Due));
            db.DeadlineChanges.Add(new DeadlineChangeRow { ItemId = item.Id, NoticeId = noticeId, OldDue = item.PublishBy, NewDue = deadline.Due, ChangedAt = now });
            (item.PublishByBefore, item.PublishBy) = (item.PublishBy, deadline.Due);
        }

        await db.SaveChangesAsync(cancellationToken);
        return moved;
    }

    // The first and last day whose working-day status differs between the two calendars, or null when none does.
    private static DateRange? ChangedDays(WorkingDayCalendar before, WorkingDayCalendar after)
    {
        var dates = before.Entries.Select(e => e.Date).Concat(after.Entries.Select(e => e.Date))
            .Concat(Provisional(before)).Distinct()
            .Where(d => before.Covers(d) && after.Covers(d) && before.IsWorkingDay(d) != after.IsWorkingDay(d))
            .ToList();
        return dates.Count == 0 ? null : new DateRange(dates.Min(), dates.Max());
    }

    private static IEnumerable<DateOnly> Provisional(WorkingDayCalendar calendar)
    {
        var from = calendar.ProvisionalFrom ?? calendar.CoveredRange.Last;
        // Provisional rows within the next three years are what a notice can replace in practice.
        for (var d = from; d <= calendar.CoveredRange.Last && d.Year <= from.Year + 2; d = d.AddDays(1))
        {
            if (calendar.EntryFor(d) is not null)
            {
                yield return d;
            }
        }
    }
}
