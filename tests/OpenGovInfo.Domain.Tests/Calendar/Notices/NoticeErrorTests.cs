using OpenGovInfo.Domain.Calendar.Notices;
using static OpenGovInfo.Domain.Tests.Calendar.Notices.NoticeWordingTests;

namespace OpenGovInfo.Domain.Tests.Calendar.Notices;

/// <summary>Bad input gets a Chinese message naming the line, and no notice.</summary>
public class NoticeErrorTests
{
    // Wrap puts the first arrangement line on line 8 (title, number, blank, addressee, blank, preamble, blank, line).
    private const int FirstLine = 8;

    private static NoticeError SingleError(string text, int? expectedYear = null)
    {
        var result = HolidayNoticeParser.Parse(text, expectedYear);
        Assert.False(result.IsSuccess);
        Assert.Null(result.Notice);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Text_that_is_not_a_notice()
    {
        var error = SingleError("关于做好2027年元旦春节期间有关工作的通知\n请各单位做好值班安排。");
        Assert.Contains("未识别", error.Message, StringComparison.Ordinal);
        Assert.Contains("未识别", SingleError("今天天气很好。").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_impossible_date()
    {
        var error = SingleError(Wrap(2027, "一、春节：2月30日至3月5日放假调休，共7天。"));
        Assert.Equal(FirstLine, error.Line);
        Assert.Contains("“2月30日”不存在", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weekday_that_does_not_match_the_date()
    {
        // 2026-01-01 is a Thursday.
        var error = SingleError(Wrap(2026, "一、元旦：1月1日（周三）至3日（周六）放假调休，共3天。1月4日（周日）上班。"));
        Assert.Equal(FirstLine, error.Line);
        Assert.Contains("星期四", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_days_disagreeing_with_the_range()
    {
        var error = SingleError(Wrap(2026, "一、元旦：1月1日（周四）至3日（周六）放假调休，共4天。1月4日（周日）上班。"));
        Assert.Equal(FirstLine, error.Line);
        Assert.Contains("“共4天”", error.Message, StringComparison.Ordinal);
        Assert.Contains("3 天", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_make_up_workday_on_a_weekday()
    {
        // 2026-01-05 is a Monday.
        var error = SingleError(Wrap(2026, "一、元旦：1月1日至3日放假调休，共3天。1月5日上班。"));
        Assert.Equal(FirstLine, error.Line);
        Assert.Contains("不是周末", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_years_notice_pasted_into_this_year()
    {
        var error = SingleError(Wrap(2026, "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。"), expectedYear: 2027);
        Assert.Equal(1, error.Line);
        Assert.Contains("这是 2026 年的通知", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statutory_day_outside_the_holiday()
    {
        // 2026's 除夕 is 2月16日; a 春节 from 2月17日 leaves it out (2024 text: 除夕 is a statutory day from 2025).
        var error = SingleError(Wrap(2026, "二、春节：2月17日至23日放假调休，共7天。"));
        Assert.Equal(FirstLine, error.Line);
        Assert.Contains("法定假日", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026年2月16日", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_of_another_year_inside_the_notice()
    {
        var error = SingleError(Wrap(2026, "五、端午节：2025年6月19日至21日放假，共3天。"));
        Assert.Contains("不属于 2026 年", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_festival_arranged_twice()
    {
        var error = SingleError(Wrap(2026, "三、清明节：4月4日至6日放假，共3天。", "四、清明节：4月5日放假。"));
        Assert.Equal(FirstLine + 2, error.Line);
        Assert.Contains("已在第 8 行安排过", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workday_inside_its_own_holiday()
    {
        var error = SingleError(Wrap(2026, "七、国庆节：10月1日至7日放假调休，共7天。10月3日（周六）上班。"));
        Assert.Contains("之内", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_of_a_text_is_reported_in_line_order()
    {
        var result = HolidayNoticeParser.Parse(Wrap(2026,
            "一、元旦：1月1日至3日放假调休，共4天。",
            "三、清明节：4月4日至6日放假，共3天。4月8日上班。"));
        Assert.Equal([FirstLine, FirstLine + 2], result.Errors.Select(e => e.Line));
        Assert.All(result.Errors, e => Assert.StartsWith($"第 {e.Line} 行：", e.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void An_overlong_paste_is_refused_before_reading()
    {
        var error = SingleError(new string('假', HolidayNoticeParser.MaxLength + 1));
        Assert.Contains("过长", error.Message, StringComparison.Ordinal);
    }
}
