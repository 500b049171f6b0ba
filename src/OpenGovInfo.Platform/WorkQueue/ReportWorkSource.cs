using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.WorkQueue;

/// <summary>
/// Annual reports waiting for the staff member, from <see cref="ReportReminders"/> (the current cycle only): a report
/// not yet submitted waits for whoever drafts it (the agency's 信息员 or 机关管理员; 政务公开办 for the district
/// report), a submitted one for whoever reviews it (政务公开办; the district government's 审批领导 for the district
/// report) — the same <see cref="ReportActor"/> rules the report pages enforce, so the queue never lists work the
/// page would refuse.
/// </summary>
public sealed class ReportWorkSource(ReportReminders reminders, OpenGovInfoDbContext db, CalendarStore calendars, TimeProvider clock)
    : IWorkQueueSource
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkQueueEntry>> ForAsync(WorkQueueActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var reportActor = new ReportActor(actor.Id, actor.Name, actor.AgencyId,
            StaffRoleNames.All.Where(r => actor.Roles.HasFlag(r)).Select(StaffRoleNames.Id).ToHashSet(StringComparer.Ordinal));
        if (!reportActor.Reviews && reportActor.Roles.Count == 0)
        {
            return [];
        }

        var due = reportActor.Reviews || actor.AgencyId is null
            ? await reminders.ForSupervisorAsync(cancellationToken)
            : await reminders.ForAgencyAsync(actor.AgencyId.Value, cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        var districtId = await db.Agencies.AsNoTracking()
            .Where(a => a.Kind == AgencyKind.DistrictGovernment && a.ParentId == null)
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        var calendar = await calendars.CurrentAsync(db, cancellationToken);
        var today = ChinaTime.Today(clock);
        var entries = new List<WorkQueueEntry>();
        foreach (var reminder in due)
        {
            var scope = new ReportScope(reminder.AgencyId, reminder.AgencyId == districtId);
            var waiting = reminder.Status switch
            {
                ReportStatus.Submitted when reportActor.ReviewsFor(scope) => "待审核",
                ReportStatus.Returned when reportActor.DraftsFor(scope) => "已退回待修改",
                null or ReportStatus.Draft when reportActor.DraftsFor(scope) => reminder.Status is null ? "待编制" : "待报送",
                _ => null,
            };
            if (waiting is null)
            {
                continue;
            }

            int? left = calendar.CoveredRange.First <= today && reminder.Due <= calendar.CoveredRange.Last && today <= reminder.Due
                ? calendar.WorkingDaysBetween(today, reminder.Due)
                : null;
            entries.Add(new WorkQueueEntry(WorkKind.AnnualReport, $"{reminder.AgencyName} {reminder.Year} 年政府信息公开工作年度报告", waiting,
                $"/staff/agencies/{reminder.AgencyId}/reports/{reminder.Year}", reminder.Due, left, reminder.Urgency == ReminderUrgency.Late));
        }

        return entries;
    }
}
