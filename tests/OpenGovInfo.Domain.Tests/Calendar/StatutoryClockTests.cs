using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Tests.Calendar;

public class StatutoryClockTests
{
    private static readonly DateOnly Formed = new(2025, 4, 25);

    [Fact]
    public void Publish_by_records_the_rule_and_the_calendar_version()
    {
        // regulation-deadlines.md PD-1 example: formed Friday 2025-04-25 → 2025-05-27.
        var deadline = new StatutoryClock(WorkingDayCalendar.China).PublishBy(Formed).Deadline!;
        Assert.Equal(new DateOnly(2025, 5, 27), deadline.Due);
        Assert.Equal("条例 第二十六条", deadline.LegalBasis);
        Assert.Equal(20, deadline.WorkingDays);
        Assert.Equal(WorkingDayCalendar.China.Version, deadline.Calendar);
    }

    [Fact]
    public void A_calendar_edit_changes_the_version_and_leaves_a_stored_deadline_alone()
    {
        const string csv = "date,kind,name\n2025-01-01,holiday,元旦\n2025-05-01,holiday,劳动节\n";
        var before = WorkingDayCalendar.Parse(csv).Calendar!;
        var after = WorkingDayCalendar.Parse(csv + "2025-05-02,holiday,劳动节\n").Calendar!;
        var stored = new StatutoryClock(before).PublishBy(Formed).Deadline!;
        var recomputed = new StatutoryClock(after).PublishBy(Formed).Deadline!;

        // One more weekday off inside the window moves a fresh computation one working day later…
        Assert.Equal(after.AddWorkingDays(stored.Due, 1), recomputed.Due);
        // …and the stored deadline says which data it came from, so the change is detectable.
        Assert.NotEqual(stored.Calendar.Sha256, recomputed.Calendar.Sha256);
    }

    [Fact]
    public void Into_a_provisional_year_the_clock_marks_the_deadline()
    {
        var result = new StatutoryClock(WorkingDayCalendar.China).PublishBy(new DateOnly(2026, 12, 10));
        Assert.True(result.IsSuccess);
        Assert.True(result.Deadline!.Provisional);
        Assert.False(new StatutoryClock(WorkingDayCalendar.China).PublishBy(Formed).Deadline!.Provisional);
    }

    [Fact]
    public void Beyond_the_calendar_the_clock_returns_an_error_value()
    {
        var result = new StatutoryClock(WorkingDayCalendar.China).PublishBy(new DateOnly(2099, 12, 10));
        Assert.False(result.IsSuccess);
        Assert.Equal(new DateOnly(2099, 12, 31), result.Error!.Covered.Last);
        Assert.Contains("工作日历", result.Error.Message, StringComparison.Ordinal);
    }
}
