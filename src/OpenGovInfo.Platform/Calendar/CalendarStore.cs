using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Calendar;

/// <summary>
/// The working-day calendar of the installation, read from the database (official years) with the provisional years
/// computed after them. Held in memory and re-read when its stamp changes: at once on the node that imported a notice,
/// within <see cref="RecheckInterval"/> on the others.
/// </summary>
public sealed class CalendarStore(TimeProvider clock)
{
    /// <summary>How often a node looks for a calendar change made by another node.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(30);

    private Snapshot? current;

    /// <summary>The current calendar.</summary>
    public async Task<WorkingDayCalendar> CurrentAsync(OpenGovInfoDbContext db, CancellationToken cancellationToken = default)
    {
        var snapshot = Volatile.Read(ref current);
        var now = clock.GetUtcNow();
        if (snapshot is not null && now - snapshot.CheckedAt < RecheckInterval)
        {
            return snapshot.Calendar;
        }

        var stamp = await StampAsync(db, cancellationToken);
        var calendar = snapshot is not null && snapshot.Stamp == stamp ? snapshot.Calendar : await LoadAsync(db, cancellationToken);
        Volatile.Write(ref current, new Snapshot(calendar, stamp, now));
        return calendar;
    }

    /// <summary>Forgets the held calendar (after an import on this node).</summary>
    public void Invalidate() => Volatile.Write(ref current, null);

    /// <summary>Reads the calendar from the database without caching (an empty calendar table gives the shipped one).</summary>
    public static async Task<WorkingDayCalendar> LoadAsync(OpenGovInfoDbContext db, CancellationToken cancellationToken = default)
    {
        var years = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(cancellationToken);
        if (years.Count == 0)
        {
            return WorkingDayCalendar.China;
        }

        var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
        var amendments = await db.CalendarNotices.AsNoTracking().Where(n => n.IsAmendment).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        return WorkingDayCalendar.Create(years.Select(y => new OfficialYear(
            y.Year,
            new(y.Title, y.DocumentNumber, y.IssuedOn),
            [.. amendments.Where(a => a.Year == y.Year).Select(CalendarRowMapping.Reference)],
            [.. days.Where(d => d.Year == y.Year).OrderBy(d => d.Date).Select(CalendarRowMapping.ToEntry)])));
    }

    private static async Task<string> StampAsync(OpenGovInfoDbContext db, CancellationToken cancellationToken)
    {
        var years = await db.CalendarYears.AsNoTracking().Select(y => new { y.Year, y.UpdatedAt }).ToListAsync(cancellationToken);
        return string.Join(';', years.OrderBy(y => y.Year).Select(y => $"{y.Year}:{y.UpdatedAt.UtcTicks}"));
    }

    private sealed record Snapshot(WorkingDayCalendar Calendar, string Stamp, DateTimeOffset CheckedAt);
}
