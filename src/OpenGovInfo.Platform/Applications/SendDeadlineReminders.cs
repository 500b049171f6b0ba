using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Jobs;
using OpenGovInfo.Platform.Notifications;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Platform.Applications;

/// <summary>
/// The reminder job: tells the staff who hold an open application (its 信息员, or its 审批领导 while a reply awaits
/// approval) when the agency's reply deadline (条例 第三十三条) is within <see cref="WorkingDaysAhead"/> working days
/// or past. One reminder per case and deadline; a moved deadline reminds again. Runs under the job lease
/// <see cref="JobName"/>, so on several nodes one of them sends.
/// </summary>
public sealed class SendDeadlineReminders(OpenGovInfoDbContext db, CalendarStore calendars, TimeProvider clock, Notifier notifier,
    JobLeases leases, JobNode node)
{
    /// <summary>The lease name.</summary>
    public const string JobName = "deadline-reminders";

    /// <summary>How near a deadline must be to remind.</summary>
    public const int WorkingDaysAhead = 3;

    /// <summary>
    /// Runs once if this node gets the lease for <paramref name="lease"/>; the number of reminders stored, or null when
    /// another node holds the lease.
    /// </summary>
    public async Task<int?> RunAsync(TimeSpan lease, CancellationToken cancellationToken = default)
    {
        if (!await leases.TryAcquireAsync(JobName, node.Owner, lease, cancellationToken))
        {
            return null;
        }

        var calendar = await calendars.CurrentAsync(db, cancellationToken);
        var today = ChinaTime.Today(clock);
        var horizon = calendar.TryAddWorkingDays(today, WorkingDaysAhead, out var until) ? until : today.AddDays(WorkingDaysAhead + 2);
        var cases = await db.Applications.AsNoTracking()
            .Where(a => a.ClosedOn == null && a.NextDueKind == PendingKind.Reply && a.NextDue <= horizon)
            .OrderBy(a => a.NextDue).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.AgencyId, a.TrackingCode, a.NextDue, a.ReplyAwaitingApproval })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var agencyCases in cases.GroupBy(c => c.AgencyId))
        {
            var staff = await AgencyStaffRoles.OfAsync(db, agencyCases.Key, cancellationToken);
            foreach (var c in agencyCases)
            {
                if (c.NextDue is not { } nextDue)
                {
                    continue; // The query's NextDue <= horizon already left out cases without one.
                }

                var due = CaseDeadlines.Status(calendar, nextDue, today);
                var holder = c.ReplyAwaitingApproval ? StaffRoles.Approver : StaffRoles.Editor;
                var text = due.IsOverdue
                    ? $"申请 {c.TrackingCode} 已超过答复期限（{due.Due:yyyy-MM-dd}），请尽快办理。"
                    : $"申请 {c.TrackingCode} 的答复期限为 {due.Due:yyyy-MM-dd}，还剩 {due.WorkingDaysLeft} 个工作日。";
                sent += await notifier.NotifyAsync(staff.Where(s => s.Value.HasFlag(holder)).Select(s => s.Key),
                    $"case:{c.Id}:due:{due.Due:yyyy-MM-dd}", NotificationKind.CaseDeadlineNear, text,
                    $"/staff/agencies/{c.AgencyId}/applications/{c.Id}", cancellationToken);
            }
        }

        await notifier.DeliverAsync(cancellationToken);
        return sent;
    }
}
