using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Calendar.Notices;
using OpenGovInfo.Platform.Data;

using OpenGovInfo.Platform.Common;

namespace OpenGovInfo.Platform.Calendar;

/// <summary>
/// Gives every installation the shipped official years (2019–2026 and their notices) on migration. A year already in
/// the database is left alone: an office's own import or amendment is never overwritten by the shipped copy.
/// </summary>
public sealed class CalendarSeeder(OpenGovInfoDbContext db, TimeProvider clock)
{
    /// <summary>The user name recorded for rows the product itself wrote.</summary>
    public const string SystemActor = "system";

    /// <summary>Adds the shipped years missing from the database; returns how many were added.</summary>
    public async Task<int> SeedShippedYearsAsync(CancellationToken cancellationToken = default)
    {
        var present = await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken);
        var missing = ShippedCalendar.OfficialYears().Where(y => !present.Contains(y.Year)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        var notices = ShippedCalendar.NoticeTexts.Select(t => HolidayNoticeParser.Parse(t).Notice
            ?? throw new InvalidOperationException("A shipped holiday notice does not parse.")).Zip(ShippedCalendar.NoticeTexts).ToList();
        var now = clock.GetUtcNow();
        foreach (var year in missing)
        {
            db.CalendarYears.Add(new CalendarYearRow
            {
                Year = year.Year, Title = year.Notice?.Title ?? $"{year.Year} 年节假日安排", DocumentNumber = year.Notice?.DocumentNumber,
                IssuedOn = year.Notice?.IssuedOn, UpdatedAt = now, UpdatedBy = SystemActor,
            });
            db.CalendarDays.AddRange(year.Entries.Select(e => CalendarRowMapping.ToRow(e, year.Year)));
            db.CalendarNotices.AddRange(notices.Where(n => n.First.Year == year.Year).Select(n => CalendarRowMapping.ToRow(n.First, n.Second, now, SystemActor)));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return missing.Count;
        }
        catch (DbUpdateException refused) when (!DatabaseOutage.Is(refused))
        {
            // Another node may have seeded the same years at the same moment: then they are there, which is all that
            // matters; otherwise the failure is real.
            db.ChangeTracker.Clear();
            if (!await AllPresentAsync(missing, cancellationToken))
            {
                throw;
            }

            return 0;
        }
    }

    private async Task<bool> AllPresentAsync(List<OfficialYear> years, CancellationToken cancellationToken)
    {
        var wanted = years.Select(y => y.Year).ToList();
        return await db.CalendarYears.AsNoTracking().CountAsync(y => wanted.Contains(y.Year), cancellationToken) == wanted.Count;
    }

    /// <summary>
    /// Counts the publish-by date of every item that has none: items formed when the calendar ended on 2026-12-31 were
    /// stored without one. Returns how many were filled.
    /// </summary>
    public async Task<int> FillMissingDeadlinesAsync(CalendarStore calendars, CancellationToken cancellationToken = default)
    {
        var items = await db.Items.Where(i => i.PublishBy == null).ToListAsync(cancellationToken);
        if (items.Count == 0)
        {
            return 0;
        }

        var clock = new StatutoryClock(await calendars.CurrentAsync(db, cancellationToken));
        foreach (var item in items)
        {
            var deadline = clock.PublishBy(item.FormedOn).Deadline;
            (item.PublishBy, item.PublishByProvisional) = (deadline?.Due, deadline?.Provisional ?? false);
        }

        await db.SaveChangesAsync(cancellationToken);
        return items.Count(i => i.PublishBy is not null);
    }
}
