using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Events;
using static OpenGovInfo.Domain.Tests.Applications.CaseBuilder;

namespace OpenGovInfo.Domain.Tests.Applications;

/// <summary>Invalid transitions come back as typed errors with Chinese messages, never exceptions.</summary>
public class CaseTransitionTests
{
    private static readonly DateOnly Day0 = D(2025, 3, 3);
    private static readonly ApplicationReceived Start = Received(Day0);

    [Fact]
    public void The_log_must_begin_with_the_receipt_and_have_only_one()
    {
        Assert.Equal(CaseErrorCode.NotReceivedFirst, Refused(new SupplementReceived(Day0)).Code);
        Assert.Equal(CaseErrorCode.NotReceivedFirst, Refused(Start, Received(Day0)).Code);
        Assert.False(ApplicationCase.Replay([], Clock).IsSuccess);
    }

    [Fact]
    public void Events_out_of_date_order_are_refused()
    {
        var error = Refused(Start, new ConsultationStarted(D(2025, 3, 10), "甲", ConsultationKind.ThirdParty), new ConsultationEnded(D(2025, 3, 7), "甲"));
        Assert.Equal(CaseErrorCode.OutOfOrder, error.Code);
        Assert.Contains("早于", error.Message);
    }

    [Fact]
    public void Nothing_after_the_case_closes()
    {
        var error = Refused(Start, new Replied(D(2025, 3, 20), ApplicationOutcome.Granted), new Withdrawn(D(2025, 3, 21)));
        Assert.Equal(CaseErrorCode.CaseClosed, error.Code);
        Assert.Contains("已答复", error.Message);
    }

    [Fact]
    public void A_second_supplement_notice_in_one_round_is_refused_but_a_new_round_is_allowed()
    {
        var error = Refused(Start, new SupplementRequested(D(2025, 3, 5), D(2025, 3, 20)), new SupplementRequested(D(2025, 3, 6), D(2025, 3, 20)));
        Assert.Equal(CaseErrorCode.SupplementAlreadyRequested, error.Code);
        Assert.Contains("一次性告知", error.Message);

        // AP-3e: after the supplement, a second round restarts the clock again.
        var twice = Case(Start, new SupplementRequested(D(2025, 3, 5), D(2025, 3, 20)), new SupplementReceived(D(2025, 3, 12)),
            new SupplementRequested(D(2025, 3, 14), D(2025, 3, 28)), new SupplementReceived(D(2025, 3, 26)));
        Assert.Equal(2, twice.Supplements.Count);
        Assert.Equal(D(2025, 3, 26), twice.ClockStart);
        Assert.Equal(China.AddWorkingDays(D(2025, 3, 26), 20), twice.ReplyDeadline!.Due);
        Assert.Equal(China.AddWorkingDays(D(2025, 3, 26), 7), twice.SupplementNoticeDeadline!.Due);
    }

    [Fact]
    public void Supplement_period_must_end_after_the_notice()
    {
        Assert.Equal(CaseErrorCode.SupplementPeriodInvalid, Refused(Start, new SupplementRequested(D(2025, 3, 5), D(2025, 3, 5))).Code);
    }

    [Fact]
    public void Deemed_abandoned_only_after_the_supplement_period()
    {
        var request = new SupplementRequested(D(2025, 3, 5), D(2025, 3, 20));
        Assert.Equal(CaseErrorCode.PeriodNotOver, Refused(Start, request, new SupplementAbandoned(D(2025, 3, 20))).Code);

        var abandoned = Case(Start, request, new SupplementAbandoned(D(2025, 3, 21)));
        Assert.Equal(CaseStatus.AbandonedNoSupplement, abandoned.Status);
        Assert.Equal("other.supplement_overdue", abandoned.Outcome!.Code);
        Assert.Equal(D(2025, 3, 21), abandoned.ClosedOn);
    }

    [Fact]
    public void Extension_needs_approval_at_most_20_days_once_and_notice_before_the_deadline()
    {
        var due = D(2025, 3, 31);
        Assert.Equal(CaseErrorCode.ExtensionNotAllowed, Refused(Start, new ExtensionApproved(D(2025, 3, 25), " ", D(2025, 3, 25))).Code);
        Assert.Equal(CaseErrorCode.ExtensionNotAllowed, Refused(Start, new ExtensionApproved(D(2025, 3, 25), "主任", D(2025, 3, 25), 21)).Code);
        Assert.Equal(CaseErrorCode.ExtensionNotAllowed, Refused(Start, new ExtensionApproved(D(2025, 3, 25), "主任", D(2025, 3, 25), 0)).Code);
        var late = Refused(Start, new ExtensionApproved(D(2025, 3, 25), "主任", due.AddDays(1)));
        Assert.Equal(CaseErrorCode.ExtensionNotAllowed, late.Code);
        Assert.Contains("2025-03-31", late.Message);
        Assert.Equal(CaseErrorCode.ExtensionNotAllowed,
            Refused(Start, new ExtensionApproved(D(2025, 3, 25), "主任", due, 5), new ExtensionApproved(D(2025, 3, 26), "主任", due, 5)).Code);

        // Notified on the last day is still on time; a partial extension adds just its days.
        var partial = Case(Start, new ExtensionApproved(D(2025, 3, 25), "主任", due, 5));
        Assert.Equal(China.AddWorkingDays(due, 5), partial.ReplyDeadline!.Due);
    }

    [Fact]
    public void Consultation_ids_must_be_unique_and_known()
    {
        var started = new ConsultationStarted(D(2025, 3, 5), "甲", ConsultationKind.ThirdParty);
        Assert.Equal(CaseErrorCode.UnknownConsultation, Refused(Start, started, started with { On = D(2025, 3, 6) }).Code);
        Assert.Equal(CaseErrorCode.UnknownConsultation, Refused(Start, new ConsultationEnded(D(2025, 3, 6), "乙")).Code);
        Assert.Equal(CaseErrorCode.UnknownConsultation, Refused(Start, started, new ConsultationEnded(D(2025, 3, 6), "甲"), new ConsultationEnded(D(2025, 3, 7), "甲")).Code);
    }

    [Fact]
    public void Fee_rules_one_notice_positive_paid_in_time_and_no_reply_while_unpaid()
    {
        var notice = new FeeNoticeIssued(D(2025, 3, 10), D(2025, 3, 11), FeeMethod.PerApplication, 100_00);
        Assert.Equal(CaseErrorCode.FeeNotAllowed, Refused(Start, notice with { AmountFen = 0 }).Code);
        Assert.Equal(CaseErrorCode.FeeNotAllowed, Refused(Start, notice, new FeePaid(D(2025, 3, 12)), notice with { On = D(2025, 3, 13), ReceivedOn = D(2025, 3, 13) }).Code);
        Assert.Equal(CaseErrorCode.FeeNotAllowed, Refused(Start, notice with { On = D(2025, 4, 1), ReceivedOn = D(2025, 4, 1) }).Code); // after 03-31
        Assert.Equal(CaseErrorCode.InvalidInStatus, Refused(Start, notice, new Replied(D(2025, 3, 20), ApplicationOutcome.Granted)).Code);

        var window = China.AddWorkingDays(D(2025, 3, 11), 20);
        Assert.Equal(CaseErrorCode.PaymentPeriodOver, Refused(Start, notice, new FeePaid(window.AddDays(1))).Code);
        Assert.Equal(CaseErrorCode.PeriodNotOver, Refused(Start, notice, new FeeAbandoned(window)).Code);

        var unpaid = Case(Start, notice, new FeeAbandoned(window.AddDays(1)));
        Assert.Equal(CaseStatus.AbandonedFeeUnpaid, unpaid.Status);
        Assert.Equal("other.fee_unpaid", unpaid.Outcome!.Code);
    }

    [Fact]
    public void Replies_choose_an_annual_report_outcome_but_not_the_abandonment_rows()
    {
        Assert.Equal(CaseErrorCode.OutcomeNotAllowed, Refused(Start, new Replied(D(2025, 3, 20), ApplicationOutcome.SupplementOverdue)).Code);
        Assert.Equal(CaseErrorCode.OutcomeNotAllowed, Refused(Start, new Replied(D(2025, 3, 20), ApplicationOutcome.FeeUnpaid)).Code);
        Assert.Equal(CaseErrorCode.OutcomeNotAllowed, Refused(Start, new Replied(D(2025, 3, 20), ApplicationOutcome.UnclearAfterSupplement)).Code);

        var unclear = Case(Start, new SupplementRequested(D(2025, 3, 5), D(2025, 3, 20)), new SupplementReceived(D(2025, 3, 10)),
            new Replied(D(2025, 3, 20), ApplicationOutcome.UnclearAfterSupplement));
        Assert.Equal("（四）无法提供 3.补正后申请内容仍不明确", unclear.Outcome!.FullLabel);
    }

    [Fact]
    public void Replying_in_awaiting_supplement_is_refused_with_the_status_in_chinese()
    {
        var error = Refused(Start, new SupplementRequested(D(2025, 3, 5), D(2025, 3, 20)), new Replied(D(2025, 3, 6), ApplicationOutcome.Granted));
        Assert.Equal(CaseErrorCode.InvalidInStatus, error.Code);
        Assert.Contains("待补正", error.Message);
    }

    [Fact]
    public void Withdrawal_closes_with_other_handling_and_a_late_reply_is_flagged()
    {
        Assert.Equal("other.other", Case(Start, new Withdrawn(D(2025, 3, 4))).Outcome!.Code);
        Assert.False(Case(Start, new Replied(D(2025, 3, 31), ApplicationOutcome.Granted)).RepliedLate);
        Assert.True(Case(Start, new Replied(D(2025, 4, 1), ApplicationOutcome.Granted)).RepliedLate);
    }

    [Fact]
    public void Append_leaves_the_case_unchanged_when_refused()
    {
        var @case = Case(Start);
        var refused = @case.Append(new SupplementReceived(D(2025, 3, 4)));
        Assert.False(refused.IsSuccess);
        Assert.Equal(CaseErrorCode.InvalidInStatus, refused.Error!.Code);
        Assert.Equal(1, refused.EventIndex);
        Assert.Single(@case.Events);
    }

    [Fact]
    public void The_case_keeps_its_own_copy_of_the_log()
    {
        var log = new List<ApplicationEvent> { Start };
        var @case = ApplicationCase.Replay(log, Clock).Case!;
        log.Add(new Withdrawn(D(2025, 3, 4)));
        Assert.Single(@case.Events);
        Assert.Equal(CaseStatus.Processing, @case.Status);
    }

    [Fact]
    public void Dates_outside_the_calendar_are_refused()
    {
        Assert.Equal(CaseErrorCode.OutsideCalendar, Refused(Received(D(2018, 6, 1))).Code);
    }

    [Fact]
    public void Article_35_sets_a_later_reply_date_once_with_a_reason_before_the_deadline()
    {
        var deferral = new ReplyDeferred(D(2025, 3, 28), D(2025, 5, 30), "申请数量明显超过合理范围，理由合理");
        var @case = Case(Start, deferral);
        Assert.Equal(D(2025, 3, 31), @case.ReplyDeadline!.Due); // the statutory deadline is unchanged…
        Assert.Equal(D(2025, 5, 30), @case.ReplyBy);              // …the agency's date governs overdue
        Assert.Null(@case.Extension);
        Assert.False(CaseDeadlines.IsOverdue(@case, China, D(2025, 4, 15)));
        Assert.True(CaseDeadlines.IsOverdue(@case, China, D(2025, 6, 3)));
        Assert.False(@case.Append(new Replied(D(2025, 5, 30), ApplicationOutcome.Granted)).Case!.RepliedLate);

        Assert.Equal(CaseErrorCode.DeferralNotAllowed, Refused(Start, deferral with { Reason = "" }).Code);
        Assert.Equal(CaseErrorCode.DeferralNotAllowed, Refused(Start, deferral with { On = D(2025, 4, 1) }).Code);
        Assert.Equal(CaseErrorCode.DeferralNotAllowed, Refused(Start, deferral with { ReplyBy = D(2025, 3, 31) }).Code);
        Assert.Equal(CaseErrorCode.DeferralNotAllowed, Refused(Start, deferral, deferral).Code);
    }
}
