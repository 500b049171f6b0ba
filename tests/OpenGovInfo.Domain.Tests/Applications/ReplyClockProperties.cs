using FsCheck;
using FsCheck.Xunit;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Events;
using static OpenGovInfo.Domain.Tests.Applications.CaseBuilder;

namespace OpenGovInfo.Domain.Tests.Applications;

/// <summary>Properties of the reply clock on random cases, 2019–2030 (official and provisional years).</summary>
public class ReplyClockProperties
{
    private static readonly int First = D(2019, 1, 1).DayNumber;
    private static readonly int Span = D(2030, 12, 31).DayNumber - First;

    private static DateOnly Day(NonNegativeInt offset) => DateOnly.FromDayNumber(First + (offset.Get % Span));

    private static int WorkingDaysCounted(ApplicationCase @case) =>
        @case.ExplainReply()!.Days.Count(d => d.Ordinal is not null);

    [Property(MaxTest = 500)]
    public bool Reply_deadline_is_a_working_day_20_working_days_after_receipt(NonNegativeInt offset)
    {
        var received = Day(offset);
        var due = Case(Received(received)).ReplyDeadline!.Due;
        return China.IsWorkingDay(due) && due == AddWorkingDaysSlow(received, 20);
    }

    [Property(MaxTest = 300)]
    public bool Consultation_days_never_count_and_the_deadline_moves_by_them(NonNegativeInt offset, NonNegativeInt sentAfter, NonNegativeInt length, bool responds)
    {
        var received = Day(offset);
        var baseDue = China.AddWorkingDays(received, 20);
        // On or before the base deadline; one case in four on the deadline itself (the boundary of AP-4).
        var sent = sentAfter.Get % 4 == 0 ? baseDue : received.AddDays(sentAfter.Get / 4 % (baseDue.DayNumber - received.DayNumber + 1));
        var response = China.AddWorkingDays(sent, 1 + (length.Get % 30)); // may be after the 15-day lapse
        ApplicationEvent[] events = responds
            ? [Received(received), new ConsultationStarted(sent, "甲", ConsultationKind.ThirdParty), new ConsultationEnded(response, "甲")]
            : [Received(received), new ConsultationStarted(sent, "甲", ConsultationKind.ThirdParty)];
        var @case = Case(events);
        var due = @case.ReplyDeadline!.Due;
        var end = responds && response < @case.Consultations[0].Lapse!.Due ? response : @case.Consultations[0].Lapse!.Due;

        // regulation-deadlines.md §4: excluded = working days in (sent, end]; the deadline moves later by that many.
        var expected = China.AddWorkingDays(baseDue, China.WorkingDaysBetween(sent, end));
        var why = @case.ExplainReply()!;
        var noExcludedDayCounted = why.Days.All(d => !(d.Day.Date > sent && d.Day.Date <= end) || d.Ordinal is null);
        return due == expected && China.IsWorkingDay(due) && WorkingDaysCounted(@case) == 20 && noExcludedDayCounted;
    }

    [Property(MaxTest = 300)]
    public bool Any_number_of_consultations_leave_exactly_20_counted_days(NonNegativeInt offset, PositiveInt[] starts)
    {
        var received = Day(offset);
        var events = new List<ApplicationEvent> { Received(received) };
        var day = received;
        var open = new List<string>();
        foreach (var (step, i) in starts.Take(6).Select((s, i) => (s.Get % 9, i)))
        {
            day = day.AddDays(step);
            if (step % 2 == 0 && open.Count > 0)
            {
                events.Add(new ConsultationEnded(day, open[0]));
                open.RemoveAt(0);
            }
            else
            {
                events.Add(new ConsultationStarted(day, $"方{i}", ConsultationKind.CoProducingAgency));
                open.Add($"方{i}");
            }
        }

        var result = ApplicationCase.Replay(events, Clock);
        if (!result.IsSuccess)
        {
            return result.Error!.Message.Length > 0; // e.g. a consultation started after the case… never an exception
        }

        var @case = result.Case!;
        var due = @case.ReplyDeadline!.Due;
        var counted = WorkingDaysCounted(@case);
        var endsAPeriod = @case.ExcludedPeriods.Any(p => p.Through <= due && China.WorkingDaysBetween(p.Through, due) <= 1);
        return China.IsWorkingDay(due) && due >= China.AddWorkingDays(received, 20) && (counted == 20 || (counted == 21 && endsAPeriod));
    }

    [Property(MaxTest = 300)]
    public bool A_supplement_restarts_the_clock_from_its_receipt(NonNegativeInt offset, NonNegativeInt wait)
    {
        var received = Day(offset);
        var notice = China.AddWorkingDays(received, 3);
        var supplemented = notice.AddDays(1 + (wait.Get % 40));
        var @case = Case(Received(received), new SupplementRequested(notice, notice.AddDays(60)), new SupplementReceived(supplemented));
        return @case.ReplyDeadline!.Due == AddWorkingDaysSlow(supplemented, 20) && @case.ClockStart == supplemented;
    }

    [Property(MaxTest = 300)]
    public bool An_extension_adds_its_working_days_to_the_original_deadline(NonNegativeInt offset, PositiveInt days)
    {
        var received = Day(offset);
        var original = China.AddWorkingDays(received, 20);
        var k = 1 + (days.Get % 20);
        var @case = Case(Received(received), new ExtensionApproved(received, "主任", original, k));
        return @case.ReplyDeadline!.Due == China.AddWorkingDays(original, k) && @case.OriginalReplyDeadline!.Due == original;
    }

    [Property(MaxTest = 300)]
    public bool Fee_payment_pauses_only_under_the_setting(NonNegativeInt offset, NonNegativeInt notice, NonNegativeInt pay)
    {
        var received = Day(offset);
        var issued = China.AddWorkingDays(received, 1 + (notice.Get % 19));
        var paid = China.AddWorkingDays(issued, pay.Get % 20);
        ApplicationEvent[] events = [Received(received), new FeeNoticeIssued(issued, issued, FeeMethod.PerPage, 10_00), new FeePaid(paid)];
        var paused = Case(events).ReplyDeadline!.Due;
        var running = Case(new ClockSettings(FeePausesClock: false), events).ReplyDeadline!.Due;
        return running == China.AddWorkingDays(received, 20)
            && paused == China.AddWorkingDays(running, China.WorkingDaysBetween(issued, paid));
    }

    [Property(MaxTest = 500)]
    public bool Random_logs_never_throw(NonNegativeInt offset, byte[] script)
    {
        // Any sequence of events gives a case or a typed error with a Chinese message — never an exception.
        var day = Day(offset);
        var events = new List<ApplicationEvent> { Received(day) };
        foreach (var b in script.Take(12))
        {
            day = day.AddDays(b % 7);
            events.Add((b / 7 % 13) switch
            {
                0 => new SupplementRequested(day, day.AddDays(b % 20)),
                1 => new SupplementReceived(day),
                2 => new SupplementAbandoned(day),
                3 => new ConsultationStarted(day, (b % 3).ToString(), ConsultationKind.ThirdParty),
                4 => new ConsultationEnded(day, (b % 3).ToString()),
                5 => new ExtensionApproved(day, b % 2 == 0 ? "主任" : "", day.AddDays(b % 5), b % 25),
                6 => new FeeNoticeIssued(day, day.AddDays(b % 3), FeeMethod.PerApplication, b % 4 * 100),
                7 => new FeePaid(day),
                8 => new FeeAbandoned(day),
                9 => new Replied(day, ApplicationOutcome.All[b % ApplicationOutcome.All.Count]),
                10 => new Withdrawn(day),
                11 => new ReplyDeferred(day, day.AddDays(b % 60), b % 2 == 0 ? "理由" : " "),
                _ => Received(day),
            });
        }

        var result = ApplicationCase.Replay(events, Clock);
        return result.IsSuccess
            ? result.Case!.IsClosed == result.Case.Status.IsClosed() && (result.Case.ReplyDeadline is null || China.IsWorkingDay(result.Case.ReplyDeadline.Due))
            : result.Error!.Message.Length > 0 && result.EventIndex > 0;
    }
}
