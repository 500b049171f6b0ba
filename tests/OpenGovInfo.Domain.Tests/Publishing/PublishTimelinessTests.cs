using System.Globalization;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Publishing;

namespace OpenGovInfo.Domain.Tests.Publishing;

public class PublishTimelinessTests
{
    private static readonly PublishTimeliness Rule = new(new StatutoryClock(WorkingDayCalendar.China));

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    // 春节 2024. Formed Thu 02-08. Fri 02-09 (除夕, not a listed holiday) = 1; 02-10/11 weekend; 02-12…16 "holiday";
    // 02-17 Sat off; Sun 02-18 "workday" = 2; 02-19…23 = 3–7; 02-26…03-01 = 8–12; 03-04…08 = 13–17; 03-11, 12, 13 = 18–20.
    [InlineData("2024-02-08", "2024-03-13")]
    // 春节 2025. Formed Fri 01-24. 01-25 Sat off; Sun 01-26 "workday" = 1; Mon 01-27 = 2; 01-28…31 and 02-03/04 "holiday";
    // 02-05…07 = 3–5; Sat 02-08 "workday" = 6; 02-10…14 = 7–11; 02-17…21 = 12–16; 02-24…27 = 17–20.
    [InlineData("2025-01-24", "2025-02-27")]
    // 国庆 2023 merged with 中秋. Formed Wed 09-27. Thu 09-28 = 1; Fri 09-29 "holiday 中秋节、国庆节"; weekend; 10-02…06
    // "holiday"; Sat 10-07 and Sun 10-08 "workday" = 2, 3; 10-09…13 = 4–8; 10-16…20 = 9–13; 10-23…27 = 14–18; 10-30, 31 = 19, 20.
    [InlineData("2023-09-27", "2023-10-31")]
    // 国庆 2024. Formed Fri 09-27. 09-28 Sat off; Sun 09-29 "workday" = 1; Mon 09-30 = 2; 10-01…04 and Mon 10-07 "holiday";
    // 10-08…11 = 3–6; Sat 10-12 "workday" = 7; 10-14…18 = 8–12; 10-21…25 = 13–17; 10-28, 29, 30 = 18–20.
    [InlineData("2024-09-27", "2024-10-30")]
    // 国庆 2025 with 中秋 inside. Formed Fri 09-26. Sun 09-28 "workday" = 1; 09-29, 30 = 2, 3; 10-01…08 off; 10-09, 10 = 4, 5;
    // Sat 10-11 "workday" = 6; 10-13…17 = 7–11; 10-20…24 = 12–16; 10-27…30 = 17–20 (regulation-deadlines.md AP-5 example).
    [InlineData("2025-09-26", "2025-10-30")]
    // 劳动节 2025, regulation-deadlines.md PD-1 example: Sun 04-27 "workday" counts, 05-01…05 off.
    [InlineData("2025-04-25", "2025-05-27")]
    public void Publish_by_is_the_20th_official_working_day_after_formation(string formed, string expected) =>
        Assert.Equal(D(expected), Rule.PublishBy(D(formed)).Deadline!.Due);

    [Theory]
    // Formed 2024-02-08, due Wed 2024-03-13. On Tue 03-05 the working days left are 03-06/07/08 and 03-11/12/13 = 6.
    [InlineData("2024-03-05", TimelinessStatus.OnTime, 6)]
    // On Wed 03-06: 03-07/08, 03-11/12/13 = 5, which is the default at-risk margin.
    [InlineData("2024-03-06", TimelinessStatus.AtRisk, 5)]
    [InlineData("2024-03-13", TimelinessStatus.AtRisk, 0)]
    [InlineData("2024-03-14", TimelinessStatus.Late, -1)]
    // Monday after the festival: 02-19 is working day 3 of 20, so 17 remain — the holiday week did not eat the period.
    [InlineData("2024-02-19", TimelinessStatus.OnTime, 17)]
    public void Unpublished_items_are_on_time_at_risk_or_late(string today, TimelinessStatus status, int left)
    {
        var assessment = Rule.Assess(D("2024-02-08"), D(today), publishedOn: null).Assessment!;
        Assert.Equal(status, assessment.Status);
        Assert.Equal(left, assessment.WorkingDaysLeft);
        Assert.Equal(status != TimelinessStatus.OnTime, assessment.NeedsAttention);
    }

    [Theory]
    // Due 2023-10-31 (国庆 2023 case above): publishing on the due date is on time, the next day is late.
    [InlineData("2023-10-31", TimelinessStatus.PublishedOnTime)]
    [InlineData("2023-11-01", TimelinessStatus.PublishedLate)]
    public void Published_items_are_judged_on_their_publication_date(string published, TimelinessStatus status)
    {
        var assessment = Rule.Assess(D("2023-09-27"), D("2024-01-15"), D(published)).Assessment!;
        Assert.Equal(status, assessment.Status);
        Assert.Null(assessment.WorkingDaysLeft);
        Assert.False(assessment.NeedsAttention);
    }

    [Fact]
    public void The_at_risk_margin_is_configurable()
    {
        // 6 working days left on 2024-03-05 (see above): on time with the default 5, at risk with 10.
        var wide = new PublishTimeliness(new StatutoryClock(WorkingDayCalendar.China), atRiskWorkingDays: 10);
        Assert.Equal(TimelinessStatus.AtRisk, wide.Assess(D("2024-02-08"), D("2024-03-05"), null).Assessment!.Status);
        Assert.Equal(TimelinessStatus.OnTime, Rule.Assess(D("2024-02-08"), D("2024-03-05"), null).Assessment!.Status);
    }

    [Fact]
    public void A_stored_deadline_is_assessed_as_stored()
    {
        // A deadline stored earlier (even one a later calendar would compute differently) is what the item is held to.
        var stored = Rule.PublishBy(D("2024-02-08")).Deadline! with { Due = D("2024-03-08") };
        Assert.Equal(TimelinessStatus.Late, Rule.Assess(stored, D("2024-03-11"), null).Status);
    }

    [Fact]
    public void Items_whose_period_runs_into_a_provisional_year_are_assessed_on_a_provisional_deadline()
    {
        var result = Rule.Assess(D("2026-12-15"), D("2026-12-16"), null);
        Assert.True(result.IsSuccess);
        Assert.True(result.Assessment!.Deadline.Provisional);
    }

    [Fact]
    public void Items_whose_period_leaves_the_calendar_have_no_status()
    {
        var result = Rule.Assess(D("2099-12-15"), D("2099-12-16"), null);
        Assert.False(result.IsSuccess);
        Assert.NotNull(result.Error);
    }
}
