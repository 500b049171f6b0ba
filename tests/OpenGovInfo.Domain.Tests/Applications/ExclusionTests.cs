using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Events;
using static OpenGovInfo.Domain.Tests.Applications.CaseBuilder;

namespace OpenGovInfo.Domain.Tests.Applications;

/// <summary>Consultation (条例 第三十三条第三款) and fee-payment (FEE-6) periods excluded from the reply period.</summary>
public class ExclusionTests
{
    private static readonly ApplicationReceived Start = Received(D(2025, 3, 3)); // base deadline 2025-03-31

    private static ConsultationStarted Sent(int month, int day, string id = "甲", DateOnly? delivered = null) =>
        new(D(2025, month, day), id, ConsultationKind.ThirdParty, delivered);

    [Fact]
    public void Overlapping_consultations_exclude_each_day_once()
    {
        // 甲 (03-10, 03-24] and 乙 (03-14, 03-28]: union (03-10, 03-28] = 14 working days.
        var @case = Case(Start, Sent(3, 10), Sent(3, 14, "乙"), new ConsultationEnded(D(2025, 3, 24), "甲"), new ConsultationEnded(D(2025, 3, 28), "乙"));
        Assert.Equal(China.AddWorkingDays(D(2025, 3, 31), 14), @case.ReplyDeadline!.Due);
        Assert.Equal(14, @case.ExplainReply()!.ExcludedWorkingDays);
    }

    [Fact]
    public void An_open_consultation_runs_to_its_lapse_15_working_days_after_delivery()
    {
        // Sent 03-10, delivered 03-12: lapse = 15 working days after 03-12 = 2025-04-02; excluded (03-10, 04-02].
        var @case = Case(Start, Sent(3, 10, delivered: D(2025, 3, 12)));
        var lapse = @case.Consultations[0].Lapse!;
        Assert.Equal(D(2025, 4, 2), lapse.Due);
        Assert.Equal("条例 第三十二条", lapse.LegalBasis);
        Assert.Equal(CaseStatus.InConsultation, @case.Status);
        Assert.True(@case.ExcludedPeriods[0].Projected);
        var excluded = China.WorkingDaysBetween(D(2025, 3, 10), D(2025, 4, 2));
        Assert.Equal(China.AddWorkingDays(D(2025, 3, 31), excluded), @case.ReplyDeadline!.Due);
    }

    [Fact]
    public void A_response_after_the_lapse_excludes_only_up_to_the_lapse()
    {
        var late = Case(Start, Sent(3, 10), new ConsultationEnded(D(2025, 4, 20), "甲"));
        var lapse = late.Consultations[0].Lapse!.Due; // 15 working days after 03-10 (delivery unknown → sending day)
        Assert.Equal(D(2025, 3, 31), lapse);
        Assert.Equal(China.AddWorkingDays(D(2025, 3, 31), 15), late.ReplyDeadline!.Due);
    }

    [Fact]
    public void A_consultation_started_after_the_deadline_does_not_move_it()
    {
        var @case = Case(Start, Sent(4, 1), new ConsultationEnded(D(2025, 4, 10), "甲"));
        Assert.Equal(D(2025, 3, 31), @case.ReplyDeadline!.Due);
    }

    [Fact]
    public void A_consultation_sent_on_the_last_day_extends_by_its_length()
    {
        // The sending day still counts for the agency (AP-4 convention): 03-31 is day 20, (03-31, 04-07] is excluded,
        // so the deadline becomes 04-07 — base + excluded days, as regulation-deadlines.md §4 states.
        var @case = Case(Start, Sent(3, 31), new ConsultationEnded(D(2025, 4, 7), "甲"));
        Assert.Equal(D(2025, 4, 7), @case.ReplyDeadline!.Due);
        Assert.Equal(China.AddWorkingDays(D(2025, 3, 31), China.WorkingDaysBetween(D(2025, 3, 31), D(2025, 4, 7))), @case.ReplyDeadline.Due);

        // A response recorded on a Saturday: the deadline is the next working day, never a day off (WD-3).
        var weekend = Case(Start, Sent(3, 31), new ConsultationEnded(D(2025, 4, 12), "甲"));
        Assert.Equal(D(2025, 4, 14), weekend.ReplyDeadline!.Due);
    }

    [Theory]
    [InlineData(false, true, 10)]
    [InlineData(true, true, 11)]
    [InlineData(false, false, 9)]
    [InlineData(true, false, 10)]
    public void Boundary_days_are_settings(bool sendingDay, bool responseDay, int excluded)
    {
        // §4 example (03-10 → 03-24, both working days) under each convention.
        var settings = new ClockSettings(ConsultationExcludesSendingDay: sendingDay, ConsultationExcludesResponseDay: responseDay);
        var @case = Case(settings, Start, Sent(3, 10), new ConsultationEnded(D(2025, 3, 24), "甲"));
        Assert.Equal(China.AddWorkingDays(D(2025, 3, 31), excluded), @case.ReplyDeadline!.Due);
    }

    [Fact]
    public void Fee_payment_pauses_the_clock_only_when_the_setting_says_so()
    {
        // Notice 03-10, paid 03-17: (03-10, 03-17] = 5 working days.
        ApplicationEvent[] events = [Start, new FeeNoticeIssued(D(2025, 3, 10), D(2025, 3, 10), FeeMethod.PerPage, 1_700_00), new FeePaid(D(2025, 3, 17))];
        Assert.Equal(China.AddWorkingDays(D(2025, 3, 31), 5), Case(events).ReplyDeadline!.Due);
        Assert.Equal(D(2025, 3, 31), Case(new ClockSettings(FeePausesClock: false), events).ReplyDeadline!.Due);
    }

    [Fact]
    public void While_unpaid_the_reply_deadline_is_projected_to_the_end_of_the_payment_window()
    {
        var @case = Case(Start, new FeeNoticeIssued(D(2025, 3, 10), D(2025, 3, 12), FeeMethod.PerApplication, 100_00));
        var window = @case.Fee!.PaymentDeadline!.Due;
        Assert.Equal(China.AddWorkingDays(D(2025, 3, 12), 20), window);
        Assert.Equal(China.AddWorkingDays(D(2025, 3, 31), China.WorkingDaysBetween(D(2025, 3, 10), window)), @case.ReplyDeadline!.Due);
    }

    [Fact]
    public void Supplement_restarts_the_clock_and_earlier_consultation_does_not_count_twice()
    {
        var @case = Case(Start, new SupplementRequested(D(2025, 3, 5), D(2025, 3, 20)), new SupplementReceived(D(2025, 3, 14)),
            Sent(3, 17), new ConsultationEnded(D(2025, 3, 21), "甲"));
        Assert.Equal(China.AddWorkingDays(China.AddWorkingDays(D(2025, 3, 14), 20), 4), @case.ReplyDeadline!.Due);
    }

    [Fact]
    public void Why_this_date_lists_holidays_makeup_days_and_excluded_days()
    {
        // Received 2025-09-19; consultation 09-22 → 09-26; the count crosses 国庆 and both 调休 Saturdays/Sundays.
        var @case = Case(Received(D(2025, 9, 19)), new ConsultationStarted(D(2025, 9, 22), "某公司", ConsultationKind.ThirdParty),
            new ConsultationEnded(D(2025, 9, 26), "某公司"));
        var why = @case.ExplainReply()!;
        Assert.Equal(4, why.ExcludedWorkingDays);
        Assert.Contains(why.HolidaysSkipped, d => d.Festival!.Contains("国庆", StringComparison.Ordinal));
        Assert.Contains(why.MakeUpWorkdaysCounted, d => d.Date == D(2025, 9, 28));
        Assert.Equal(20, why.Days.Count(d => d.Ordinal is not null));
        Assert.Equal(20, why.Days[^1].Ordinal);
        var text = why.ToText();
        Assert.Contains("征求第三方意见（某公司）期间，不计（条例 第三十三条第三款）", text);
        Assert.Contains("不计入期间：征求第三方意见（某公司）", text);
        Assert.Contains($"答复期限届满日 {@case.ReplyDeadline!.Due:yyyy-MM-dd}", text);
    }

    [Fact]
    public void A_reply_deadline_in_a_provisional_year_is_marked()
    {
        var @case = Case(Received(D(2026, 12, 10)));
        Assert.True(@case.ReplyDeadline!.Provisional);
        Assert.Contains("暂定", @case.ExplainReply()!.ToText());
        Assert.False(Case(Received(D(2026, 11, 2))).ReplyDeadline!.Provisional);
    }
}
