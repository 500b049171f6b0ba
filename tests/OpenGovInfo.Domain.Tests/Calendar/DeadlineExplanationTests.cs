using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Tests.Calendar;

public class DeadlineExplanationTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_count_names_every_holiday_skipped_and_every_make_up_day_counted()
    {
        // 7 working days from Mon 2025-01-20 (AP-3 example): 21–24 (1–4), Sun 26 调休 (5), 27 (6), 28 Jan–4 Feb 春节 and the
        // weekend, 5 Feb (7).
        var explanation = WorkingDayCalendar.China.Explain(D("2025-01-20"), 7)!;
        Assert.Equal(D("2025-02-05"), explanation.Due);
        Assert.Equal(D("2025-01-21"), explanation.Days[0].Date);
        Assert.Equal(16, explanation.Days.Count);
        var makeUp = Assert.Single(explanation.Days, d => d.Kind == DayKind.MakeUpWorkday);
        Assert.Equal((D("2025-01-26"), 5, "春节"), (makeUp.Date, makeUp.Ordinal!.Value, makeUp.Festival!));
        Assert.Equal(6, explanation.HolidaysSkipped.Count());
        Assert.All(explanation.HolidaysSkipped, d => Assert.Equal("春节", d.Festival));
        Assert.Equal(7, explanation.Days.Count(d => d.Ordinal is not null));
        Assert.False(explanation.Provisional);
        var text = explanation.ToText();
        Assert.Contains("2025-01-26 星期日 第5个工作日（春节调休上班，计入）", text, StringComparison.Ordinal);
        Assert.Contains("2025-01-28 星期二 春节放假，不计", text, StringComparison.Ordinal);
        Assert.Contains("2025 年日历：正式（国务院办公厅关于2025年部分节假日安排的通知，国办发明电〔2024〕12号）", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_into_a_provisional_year_says_so()
    {
        var explanation = WorkingDayCalendar.China.Explain(D("2026-12-20"), 20)!;
        Assert.True(explanation.Provisional);
        Assert.Contains(explanation.Days, d => d.Provisional && d.Festival == "元旦");
        Assert.Contains("2027 年日历：暂定", explanation.ToText(), StringComparison.Ordinal);
        Assert.Contains("以国务院办公厅通知为准", explanation.ToText(), StringComparison.Ordinal);
        var clock = new StatutoryClock(WorkingDayCalendar.China).Set(D("2026-12-20"), 20, "测试");
        Assert.True(clock.Deadline!.Provisional);
        Assert.Equal(explanation.Due, clock.Deadline.Due);
    }
}
