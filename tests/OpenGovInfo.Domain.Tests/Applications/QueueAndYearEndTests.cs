using Microsoft.Extensions.Time.Testing;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Events;
using OpenGovInfo.Domain.Calendar;
using static OpenGovInfo.Domain.Tests.Applications.CaseBuilder;

namespace OpenGovInfo.Domain.Tests.Applications;

public class QueueAndYearEndTests
{
    [Fact]
    public void Days_left_counts_working_days_from_today_in_china()
    {
        // 2025-09-26 in person → due 2025-10-30. At 2025-09-29T17:00Z it is already 09-30 in Beijing.
        var @case = Case(Received(D(2025, 9, 26)));
        var today = ChinaTime.Today(new FakeTimeProvider(new DateTimeOffset(2025, 9, 29, 17, 0, 0, TimeSpan.Zero)));
        Assert.Equal(D(2025, 9, 30), today);
        var reply = Assert.Single(CaseDeadlines.Pending(@case, China, today), p => p.Kind == PendingKind.Reply);
        Assert.Equal(China.WorkingDaysBetween(D(2025, 9, 30), D(2025, 10, 30)), reply.Status.WorkingDaysLeft);
        Assert.Equal(17, reply.Status.WorkingDaysLeft); // 10-09, 10-10, 10-11 (调休), then 14 weekdays to 10-30
        Assert.False(reply.Status.IsOverdue);
        Assert.Equal("剩余17个工作日", reply.Status.Text);
    }

    [Fact]
    public void Overdue_on_the_day_after_the_deadline_not_on_it()
    {
        var @case = Case(Received(D(2025, 9, 26)));
        Assert.False(CaseDeadlines.IsOverdue(@case, China, D(2025, 10, 30)));
        Assert.Equal("今日到期", CaseDeadlines.Status(China, D(2025, 10, 30), D(2025, 10, 30)).Text);
        Assert.True(CaseDeadlines.IsOverdue(@case, China, D(2025, 10, 31)));
        Assert.Equal("已逾期1个工作日", CaseDeadlines.Status(China, D(2025, 10, 30), D(2025, 10, 31)).Text);
        Assert.Empty(CaseDeadlines.Pending(@case.Append(new Replied(D(2025, 11, 3), ApplicationOutcome.Granted)).Case!, China, D(2025, 12, 1)));
    }

    [Fact]
    public void Pending_lists_the_applicants_deadlines_too_and_orders_by_date()
    {
        var awaiting = Case(Received(D(2025, 3, 3)), new SupplementRequested(D(2025, 3, 5), D(2025, 3, 20)));
        var supplement = Assert.Single(CaseDeadlines.Pending(awaiting, China, D(2025, 3, 10)));
        Assert.Equal(PendingKind.Supplement, supplement.Kind);
        Assert.False(supplement.OnAgency);
        Assert.Equal("补正期限", supplement.Name);

        var consulting = Case(Received(D(2025, 3, 3)), new ConsultationStarted(D(2025, 3, 10), "甲", ConsultationKind.CoProducingAgency));
        var pending = CaseDeadlines.Pending(consulting, China, D(2025, 3, 11));
        Assert.Equal([PendingKind.ConsultationLapse, PendingKind.Reply], pending.Select(p => p.Kind));
        Assert.Equal("条例 第三十四条", pending[0].Deadline!.LegalBasis);

        var fresh = CaseDeadlines.Pending(Case(Received(D(2025, 3, 3))), China, D(2025, 3, 4));
        Assert.Equal([PendingKind.SupplementNotice, PendingKind.Reply], fresh.Select(p => p.Kind));
    }

    [Fact]
    public void Open_on_31_december_is_carried_forward_and_counted_next_year()
    {
        var open = Case(Received(D(2025, 12, 15)));
        Assert.True(YearEnd.IsCarriedForward(open, 2025));
        Assert.True(YearEnd.IsCarriedOverInto(open, 2026));
        Assert.False(YearEnd.IsCarriedForward(open, 2024));
        Assert.Null(YearEnd.ClosedYear(open));

        var closedOnNewYearsEve = Case(Received(D(2025, 12, 15)), new Replied(D(2025, 12, 31), ApplicationOutcome.PartiallyGranted));
        Assert.False(YearEnd.IsCarriedForward(closedOnNewYearsEve, 2025));
        Assert.Equal(2025, YearEnd.ClosedYear(closedOnNewYearsEve));

        var closedInJanuary = Case(Received(D(2025, 12, 15)), new Replied(D(2026, 1, 5), ApplicationOutcome.Granted));
        Assert.True(YearEnd.IsCarriedForward(closedInJanuary, 2025));
        Assert.False(YearEnd.IsCarriedForward(closedInJanuary, 2026));
        Assert.Equal(2025, YearEnd.ReceivedYear(closedInJanuary));
        Assert.Equal(2026, YearEnd.ClosedYear(closedInJanuary));
    }

    [Fact]
    public void Outcomes_and_applicant_kinds_come_from_the_annual_report_format()
    {
        Assert.Equal(21, ApplicationOutcome.All.Count);
        Assert.Equal(8, ApplicationOutcome.All.Count(o => o.Category?.Code == "withheld"));
        Assert.Equal(3, ApplicationOutcome.All.Count(o => o.Category?.Code == "unable"));
        Assert.Equal(5, ApplicationOutcome.All.Count(o => o.Category?.Code == "not_processed"));
        Assert.Equal(3, ApplicationOutcome.All.Count(o => o.Category?.Code == "other"));
        Assert.Same(NationalFormats.Format2021.Row("withheld.state_secret"), ApplicationOutcome.FromCode("withheld.state_secret")!.Row);
        Assert.Null(ApplicationOutcome.FromCode("total_processed"));
        Assert.Equal("商业企业", ApplicantKinds.Column(ApplicantKind.CommercialEnterprise).Label);
        Assert.Equal("其他", ApplicantKinds.Column(ApplicantKind.OtherOrg).Label);
        Assert.Equal(ApplicantKind.LegalServiceOrg, ApplicantKinds.FromCode("legal_service_org"));
        Assert.Null(ApplicantKinds.FromCode("total"));
        Assert.Equal("待缴费", CaseStatus.AwaitingPayment.Name());
    }
}
