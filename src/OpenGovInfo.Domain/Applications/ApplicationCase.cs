using OpenGovInfo.Domain.Applications.Events;
using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Applications;

/// <summary>
/// A disclosure application (依申请公开) as derived from its append-only event log: status, every statutory deadline
/// (each a <see cref="Deadline"/> with its calendar version and 暂定 flag) and the outcome. Build it with
/// <see cref="Replay"/>; add an event with <see cref="Append"/>. Invalid events come back as <see cref="CaseError"/>s.
/// </summary>
public sealed class ApplicationCase
{
    private readonly CaseReplay replay;

    private ApplicationCase(CaseReplay replay, IReadOnlyList<ApplicationEvent> events)
    {
        this.replay = replay;
        Events = events;
        // A replay that succeeded began with the receipt (its first event).
        var received = replay.Received ?? throw new InvalidOperationException("A replayed case without its receipt.");
        (Status, ReceivedOn, Channel, Applicant, ClockStart) = (replay.Status, received.On, received.Channel, received.Applicant, replay.ClockStart);
        ExcludedPeriods = replay.Periods(replay.ClosedOn);
        var original = replay.ReplyDeadline(CaseReplay.ReplyWorkingDays, ExcludedPeriods);
        ReplyDeadline = replay.Extension is null ? original : replay.ReplyDeadline(replay.CurrentReplyWorkingDays, ExcludedPeriods);
        OriginalReplyDeadline = original;
        // 条例 第三十条: 7 working days from receipt, or from the last supplement in a later round (AP-3e).
        SupplementNoticeDeadline = replay.SetDeadline(ClockStart, CaseReplay.SupplementNoticeWorkingDays, "条例 第三十条");
    }

    /// <summary>The log, in order.</summary>
    public IReadOnlyList<ApplicationEvent> Events { get; }

    /// <summary>The settings the deadlines were derived with.</summary>
    public ClockSettings Settings => replay.Settings;

    /// <summary>Where the case stands.</summary>
    public CaseStatus Status { get; }

    /// <summary>True when replied, withdrawn or deemed abandoned.</summary>
    public bool IsClosed => Status.IsClosed();

    /// <summary>收到申请之日 (条例 第三十一条); the year it counts in 本年新收.</summary>
    public DateOnly ReceivedOn { get; }

    /// <summary>How the application came.</summary>
    public ReceiptChannel Channel { get; }

    /// <summary>The applicant's kind (annual-report column).</summary>
    public ApplicantKind Applicant { get; }

    /// <summary>The day the reply period runs from: receipt, or the last supplement's receipt (AP-3c).</summary>
    public DateOnly ClockStart { get; }

    /// <summary>AP-3a: the last day to send a supplement notice in the current round.</summary>
    public Deadline? SupplementNoticeDeadline { get; }

    /// <summary>The 补正 rounds, oldest first.</summary>
    public IReadOnlyList<SupplementRound> Supplements => replay.Rounds;

    /// <summary>The consultations, in the order they started.</summary>
    public IReadOnlyList<Consultation> Consultations => replay.Consultations;

    /// <summary>The extension, if approved.</summary>
    public Extension? Extension => replay.Extension;

    /// <summary>The fee notice, if any, with its payment window.</summary>
    public FeeNotice? Fee => replay.Fee;

    /// <summary>The periods excluded from the reply period (open ones to their latest end, marked projected).</summary>
    public IReadOnlyList<ExcludedPeriod> ExcludedPeriods { get; }

    /// <summary>AP-5a: 20 working days from <see cref="ClockStart"/> plus excluded days; null while awaiting a supplement.</summary>
    public Deadline? OriginalReplyDeadline { get; }

    /// <summary>The reply deadline in force: <see cref="OriginalReplyDeadline"/>, or the extended one (AP-5b).</summary>
    public Deadline? ReplyDeadline { get; }

    /// <summary>条例 第三十五条: the later reply date the agency set, if any (replaces <see cref="ReplyDeadline"/> for overdue checks).</summary>
    public ReplyDeferred? Deferral => replay.Deferral;

    /// <summary>The last day to reply: the 第三十五条 date when set, otherwise <see cref="ReplyDeadline"/>'s due date.</summary>
    public DateOnly? ReplyBy => replay.Deferral?.ReplyBy ?? ReplyDeadline?.Due;

    /// <summary>The outcome once closed (AP-6).</summary>
    public ApplicationOutcome? Outcome => replay.Outcome;

    /// <summary>The day the case closed (reply, withdrawal or deemed abandonment).</summary>
    public DateOnly? ClosedOn => replay.ClosedOn;

    /// <summary>AP-5c: replied after the (extended) reply deadline.</summary>
    public bool RepliedLate => Status == CaseStatus.Replied && ReplyBy is { } due && ClosedOn > due;

    /// <summary>Replays a log from its first event (收到申请) on the given clock.</summary>
    public static CaseResult Replay(IEnumerable<ApplicationEvent> events, StatutoryClock clock, ClockSettings? settings = null)
    {
        var replay = new CaseReplay(clock, settings ?? ClockSettings.Default);
        // The case keeps its own copy of the log, so that a caller's later change to its list cannot alter it.
        ApplicationEvent[] list = [.. events];
        for (var index = 0; index < list.Length; index++)
        {
            if (replay.Apply(list[index]) is { } error)
            {
                return CaseResult.Failure(error, index);
            }
        }

        return replay.Received is null
            ? CaseResult.Failure(CaseReplay.Error(CaseErrorCode.NotReceivedFirst, "案件须以“收到申请”开始。"), 0)
            : CaseResult.Success(new ApplicationCase(replay, list));
    }

    /// <summary>The case with one more event, or why the event is refused (this case is unchanged).</summary>
    public CaseResult Append(ApplicationEvent e) => Replay([.. Events, e], replay.Clock, Settings);

    /// <summary>“Why this date?” for <see cref="ReplyDeadline"/>: holidays, 调休 days and excluded periods; null when there is none.</summary>
    public CaseDeadlineExplanation? ExplainReply() =>
        ReplyDeadline is { } deadline ? CaseDeadlineExplanation.Build(replay.Calendar, deadline, ExcludedPeriods, Extension) : null;
}
