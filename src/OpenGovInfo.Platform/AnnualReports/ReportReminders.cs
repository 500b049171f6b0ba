using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// What annual reports are due or late today, for an agency or for 政务公开办 (every agency). A query, not a
/// notification: the pages show it and a work queue can list it. Reports already published are never reminded.
/// </summary>
/// <remarks>
/// Windows (calendar days, Beijing time), for the report on year Y due on 31 January (departments, townships) or
/// 31 March (the government's own report) of Y+1:
/// <list type="bullet">
/// <item>the reminder opens on <see cref="WindowOpensMonth"/>/1 of Y — a department has only 31 days after the year
/// closes, most of them holidays, so a month's notice lets it clean its records and draft the narrative before
/// 31 December;</item>
/// <item>it turns urgent <see cref="UrgentDays"/> days before the deadline — a submission still needs 政务公开办's
/// review (a few working days) before it can be published;</item>
/// <item>after the deadline it stays as late until published. Only the current cycle (the last closed year and the
/// year about to close) is reminded: older unpublished years are history, flagged 逾期 in the year lists, not work
/// the queue should push every day.</item>
/// </list>
/// </remarks>
public sealed class ReportReminders(OpenGovInfoDbContext db, TimeProvider clock)
{
    /// <summary>The month of the reporting year in which reminders open (December).</summary>
    public const int WindowOpensMonth = 12;

    /// <summary>Days before the deadline from which a reminder is urgent.</summary>
    public const int UrgentDays = 7;

    /// <summary>The agency's reminders.</summary>
    public Task<IReadOnlyList<ReportReminder>> ForAgencyAsync(int agencyId, CancellationToken cancellationToken = default) =>
        RunAsync(agencyId, cancellationToken);

    /// <summary>Every agency's reminders (政务公开办), latest deadline last, late ones first.</summary>
    public Task<IReadOnlyList<ReportReminder>> ForSupervisorAsync(CancellationToken cancellationToken = default) =>
        RunAsync(null, cancellationToken);

    /// <summary>The reminder for one agency and year today, or null when none is due (outside the window or published).</summary>
    public static ReportReminder? For(int agencyId, string agencyName, AgencyKind kind, int year, ReportStatus? status, DateOnly today)
    {
        if (status == ReportStatus.Published || today < new DateOnly(year, WindowOpensMonth, 1))
        {
            return null;
        }

        var due = ReportDeadlines.Due(kind, year);
        var left = due.DayNumber - today.DayNumber;
        var urgency = left < 0 ? ReminderUrgency.Late : left <= UrgentDays ? ReminderUrgency.Urgent : ReminderUrgency.Due;
        return new ReportReminder(agencyId, agencyName, year, due, left, status, urgency);
    }

    /// <summary>The reporting years reminded on <paramref name="today"/>: last year's, and this year's from the window's opening.</summary>
    public static IReadOnlyList<int> YearsReminded(DateOnly today) =>
        today.Month >= WindowOpensMonth ? [today.Year - 1, today.Year] : [today.Year - 1];

    private async Task<IReadOnlyList<ReportReminder>> RunAsync(int? agencyId, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var years = YearsReminded(today).Where(y => y >= CompileAnnualReport.FirstYear).ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyId == null || a.Id == agencyId).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Name, a.Kind }).ToListAsync(cancellationToken);
        var statuses = await db.Set<AnnualReportRow>().AsNoTracking()
            .Where(r => (agencyId == null || r.AgencyId == agencyId) && years.Contains(r.Year))
            .Select(r => new { r.AgencyId, r.Year, r.Status }).ToListAsync(cancellationToken);
        var reminders = new List<ReportReminder>();
        foreach (var year in years)
        {
            foreach (var agency in agencies)
            {
                var status = statuses.FirstOrDefault(s => s.AgencyId == agency.Id && s.Year == year)?.Status;
                if (For(agency.Id, agency.Name, agency.Kind, year, status, today) is { } reminder)
                {
                    reminders.Add(reminder);
                }
            }
        }

        return [.. reminders.OrderBy(r => r.DaysLeft).ThenBy(r => r.AgencyId)];
    }
}
