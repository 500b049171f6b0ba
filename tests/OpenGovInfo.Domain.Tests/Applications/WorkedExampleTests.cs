using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Events;
using static OpenGovInfo.Domain.Tests.Applications.CaseBuilder;

namespace OpenGovInfo.Domain.Tests.Applications;

/// <summary>Every worked example of regulation-deadlines.md §3, §4, §5 and §9, through the case log.</summary>
public class WorkedExampleTests
{
    [Fact]
    public void Supplement_example_notice_by_0205_and_reply_from_the_supplement()
    {
        // §3: received Monday 2025-01-20; 01-26 (Sunday) is a 调休 workday, 01-28…02-04 are off → notice by 2025-02-05.
        var received = Case(Received(D(2025, 1, 20)));
        Assert.Equal(D(2025, 2, 5), received.SupplementNoticeDeadline!.Due);
        Assert.Equal("条例 第三十条", received.SupplementNoticeDeadline.LegalBasis);

        var supplemented = Case(Received(D(2025, 1, 20)), new SupplementRequested(D(2025, 2, 5), D(2025, 2, 20)), new SupplementReceived(D(2025, 2, 10)));
        Assert.Equal(D(2025, 2, 10), supplemented.ClockStart);
        Assert.Equal(D(2025, 3, 10), supplemented.ReplyDeadline!.Due);
        Assert.False(supplemented.Supplements[0].NoticeWasLate);
    }

    [Fact]
    public void Supplement_notice_one_day_after_the_deadline_is_flagged_late()
    {
        var late = Case(Received(D(2025, 1, 20)), new SupplementRequested(D(2025, 2, 6), D(2025, 2, 20)));
        Assert.True(late.Supplements[0].NoticeWasLate);
        Assert.Equal(CaseStatus.AwaitingSupplement, late.Status);
        Assert.Null(late.ReplyDeadline); // the reply clock restarts only when the supplement arrives
    }

    [Fact]
    public void Consultation_example_ten_working_days_excluded()
    {
        // §4: received 2025-03-03, base 03-31; consultation 03-10 → response 03-24 excludes 10 working days → 2025-04-15.
        var before = Case(Received(D(2025, 3, 3)));
        Assert.Equal(D(2025, 3, 31), before.ReplyDeadline!.Due);

        var after = Case(Received(D(2025, 3, 3)),
            new ConsultationStarted(D(2025, 3, 10), "第三方甲", ConsultationKind.ThirdParty),
            new ConsultationEnded(D(2025, 3, 24), "第三方甲"));
        Assert.Equal(D(2025, 4, 15), after.ReplyDeadline!.Due);
        Assert.Equal(CaseStatus.Processing, after.Status);
        Assert.Equal(10, after.ExplainReply()!.ExcludedWorkingDays);
    }

    [Fact]
    public void Extension_example_from_0926_to_1030_and_1127()
    {
        // §5: received in person Friday 2025-09-26; 09-28 and 10-11 are 调休 workdays, 10-01…10-08 are off.
        var @case = Case(Received(D(2025, 9, 26)));
        Assert.Equal(D(2025, 10, 30), @case.ReplyDeadline!.Due);

        var extended = @case.Append(new ExtensionApproved(D(2025, 10, 28), "公开办主任", D(2025, 10, 29))).Case!;
        Assert.Equal(D(2025, 10, 30), extended.OriginalReplyDeadline!.Due);
        Assert.Equal(D(2025, 11, 27), extended.ReplyDeadline!.Due);
        Assert.Equal(40, extended.ReplyDeadline.WorkingDays);
    }

    [Theory]
    [InlineData(12, 200)]
    [InlineData(35, 3_000)]
    [InlineData(45, 5_500)]
    [InlineData(10, 0)]
    public void Per_application_monthly_totals(int applications, long yuan) =>
        // §9: 12 → 200元; 35 → 10×0 + 20×100 + 5×200 = 3,000元; 45 → 20×100 + 10×200 + 5×300 = 5,500元.
        Assert.Equal(yuan * 100, PerApplicationFee.TotalFen(applications));

    [Theory]
    [InlineData(150, 1_700)]
    [InlineData(250, 4_700)]
    [InlineData(30, 0)]
    public void Per_page_fees(int pages, long yuan) =>
        // §9: 150 = 70×10 + 50×20; 250 = 70×10 + 100×20 + 50×40; 30 = 0.
        Assert.Equal(yuan * 100, PerPageFee.FenFor(pages));

    [Fact]
    public void Payment_example_notice_received_0603_due_0701()
    {
        // §9: notice received 2025-06-03 → pay by 2025-07-01 (20 working days from the next day).
        var @case = Case(Received(D(2025, 5, 26)), new FeeNoticeIssued(D(2025, 6, 3), D(2025, 6, 3), FeeMethod.PerPage, 1_700_00));
        Assert.Equal(D(2025, 7, 1), @case.Fee!.PaymentDeadline!.Due);
        Assert.Equal(CaseStatus.AwaitingPayment, @case.Status);
    }
}
