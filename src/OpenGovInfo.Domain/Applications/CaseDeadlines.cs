using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Applications;

/// <summary>Days left and overdue for work queues (AP-5c), against a given “today” in China.</summary>
public static class CaseDeadlines
{
    /// <summary><paramref name="due"/> seen from <paramref name="today"/>, counted in working days on <paramref name="calendar"/>.</summary>
    public static DueStatus Status(WorkingDayCalendar calendar, DateOnly due, DateOnly today) =>
        new(due, today, calendar.WorkingDaysBetween(today, due), due.DayNumber - today.DayNumber);

    /// <summary>The open deadlines of a case, earliest first (none once closed).</summary>
    public static IReadOnlyList<PendingDeadline> Pending(ApplicationCase @case, WorkingDayCalendar calendar, DateOnly today)
    {
        var list = new List<PendingDeadline>();
        if (@case.IsClosed)
        {
            return list;
        }

        void Add(PendingKind kind, DateOnly due, Deadline? deadline, bool onAgency) =>
            list.Add(new PendingDeadline(kind, due, deadline, onAgency, Status(calendar, due, today)));

        if (@case.Deferral is { } deferral)
        {
            Add(PendingKind.Reply, deferral.ReplyBy, null, true); // 条例 第三十五条: a date set by the agency
        }
        else if (@case.ReplyDeadline is { } reply)
        {
            Add(PendingKind.Reply, reply.Due, reply, true);
        }

        // AP-3a: a supplement notice is possible until its deadline while nothing else has happened in this round.
        if (@case.Status == CaseStatus.Processing && @case.SupplementNoticeDeadline is { } notice && today <= notice.Due
            && @case.Consultations.Count == 0 && @case.Fee is null && @case.Extension is null)
        {
            Add(PendingKind.SupplementNotice, notice.Due, notice, true);
        }

        if (@case.Status == CaseStatus.AwaitingSupplement)
        {
            Add(PendingKind.Supplement, @case.Supplements[^1].DueOn, null, false);
        }

        foreach (var c in @case.Consultations)
        {
            if (c.IsOpen && c.Lapse is { } lapse)
            {
                Add(PendingKind.ConsultationLapse, lapse.Due, lapse, false);
            }
        }

        if (@case.Fee is { PaidOn: null, PaymentDeadline: { } window })
        {
            Add(PendingKind.Payment, window.Due, window, false);
        }

        list.Sort(static (a, b) => a.Due.CompareTo(b.Due));
        return list;
    }

    /// <summary>True when an agency deadline of the case has passed (the case is flagged for the agency and the supervising office).</summary>
    public static bool IsOverdue(ApplicationCase @case, WorkingDayCalendar calendar, DateOnly today) =>
        Pending(@case, calendar, today).Any(p => p.OnAgency && p.Status.IsOverdue);
}
