using OpenGovInfo.Domain.Applications.Events;
using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Applications;

/// <summary>The fold behind <see cref="ApplicationCase.Replay"/>: applies events one by one, refusing invalid ones.</summary>
internal sealed partial class CaseReplay(StatutoryClock clock, ClockSettings settings)
{
    // 条例 第三十三条第二款: 应当自收到申请之日起20个工作日内予以答复.
    internal const int ReplyWorkingDays = 20;

    // 条例 第三十条: 应当在收到申请之日起7个工作日内一次性告知申请人作出补正.
    internal const int SupplementNoticeWorkingDays = 7;

    internal StatutoryClock Clock { get; } = clock;

    internal ClockSettings Settings { get; } = settings;

    internal WorkingDayCalendar Calendar => Clock.Calendar;

    // The date of the last event applied (events must not go back in time).
    private DateOnly? lastOn;

    internal ApplicationReceived? Received { get; private set; }

    internal DateOnly ClockStart { get; private set; }

    internal List<SupplementRound> Rounds { get; } = [];

    internal bool RequestedInThisPeriod { get; private set; }

    internal List<Consultation> Consultations { get; } = [];

    internal Extension? Extension { get; private set; }

    internal FeeNotice? Fee { get; private set; }

    internal ReplyDeferred? Deferral { get; private set; }

    internal CaseStatus? ClosedAs { get; private set; }

    internal DateOnly? ClosedOn { get; private set; }

    internal ApplicationOutcome? Outcome { get; private set; }

    internal bool AwaitingSupplement => Rounds.Count > 0 && Rounds[^1].SupplementedOn is null && RequestedInThisPeriod;

    internal CaseStatus Status =>
        ClosedAs ?? (AwaitingSupplement ? CaseStatus.AwaitingSupplement
            : Fee is { PaidOn: null } ? CaseStatus.AwaitingPayment
            : Consultations.Exists(c => c.IsOpen) ? CaseStatus.InConsultation
            : CaseStatus.Processing);

    /// <summary>Applies one event, or says why not (the replay is then unchanged).</summary>
    internal CaseError? Apply(ApplicationEvent e)
    {
        var error = Check(e) ?? e switch
        {
            ApplicationReceived r => OnReceived(r),
            SupplementRequested r => OnSupplementRequested(r),
            SupplementReceived r => OnSupplementReceived(r),
            SupplementAbandoned r => OnSupplementAbandoned(r),
            ConsultationStarted r => OnConsultationStarted(r),
            ConsultationEnded r => OnConsultationEnded(r),
            ExtensionApproved r => OnExtensionApproved(r),
            FeeNoticeIssued r => OnFeeNotice(r),
            FeePaid r => OnFeePaid(r),
            FeeAbandoned r => OnFeeAbandoned(r),
            Replied r => OnReplied(r),
            ReplyDeferred r => OnReplyDeferred(r),
            Withdrawn r => Close(r.On, CaseStatus.Withdrawn, ApplicationOutcome.OtherHandling),
            _ => throw new ArgumentOutOfRangeException(nameof(e), e, "Unknown application event."),
        };
        if (error is null)
        {
            lastOn = e.On;
        }

        return error;
    }

    private CaseError? Check(ApplicationEvent e)
    {
        if (Received is null != e is ApplicationReceived)
        {
            return Error(CaseErrorCode.NotReceivedFirst, Received is null ? "案件须以“收到申请”开始。" : "案件已有“收到申请”记录。");
        }

        if (ClosedAs is { } closed)
        {
            return Error(CaseErrorCode.CaseClosed, $"案件已结束（{closed.Name()}），不能再记录。");
        }

        if (e.On < lastOn)
        {
            return Error(CaseErrorCode.OutOfOrder, $"事件日期 {e.On:yyyy-MM-dd} 早于上一事件（{lastOn:yyyy-MM-dd}）。");
        }

        return Calendar.Covers(e.On) ? null
            : Error(CaseErrorCode.OutsideCalendar, $"日期 {e.On:yyyy-MM-dd} 不在工作日历范围（{Calendar.CoveredRange}）内。");
    }

    private CaseError? OnReceived(ApplicationReceived e)
    {
        Received = e;
        ClockStart = e.On;
        return null;
    }

    private CaseError? Close(DateOnly on, CaseStatus status, ApplicationOutcome outcome)
    {
        (ClosedAs, ClosedOn, Outcome) = (status, on, outcome);
        return null;
    }

    internal static CaseError Error(CaseErrorCode code, string message) => new(code, message);

    private CaseError? RequireStatus(params ReadOnlySpan<CaseStatus> allowed) =>
        allowed.Contains(Status) ? null
            : Error(CaseErrorCode.InvalidInStatus, $"案件当前状态为“{Status.Name()}”，不能进行此操作。");
}
