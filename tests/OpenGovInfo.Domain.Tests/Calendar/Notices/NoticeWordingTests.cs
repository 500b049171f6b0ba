using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Calendar.Notices;

namespace OpenGovInfo.Domain.Tests.Calendar.Notices;

/// <summary>Wordings of older and reposted notices, each as a small made-up notice.</summary>
public class NoticeWordingTests
{
    internal static string Wrap(int year, params string[] lines) =>
        $"国务院办公厅关于{year}年部分节假日安排的通知\n国办发明电〔{year - 1}〕9号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n"
        + $"经国务院批准，现将{year}年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。\n\n"
        + string.Join("\n\n", lines) + $"\n\n国务院办公厅\n{year - 1}年12月1日\n";

    private static string Csv(string text)
    {
        var result = HolidayNoticeParser.Parse(text);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        return CalendarCsv.Write(result.Notice.Arrangements.SelectMany(NoticeApplier.Rows))["date,kind,name\n".Length..];
    }

    [Fact]
    public void Full_width_and_half_width_punctuation_may_be_mixed()
    {
        // 2026's 元旦 line in the official full-width form and in a half-width repost give the same rows.
        var full = Csv(Wrap(2026, "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。"));
        var half = Csv(Wrap(2026, "一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。"));
        var mixed = Csv(Wrap(2026, "一、元旦：1月1日(周四)至3日（周六)放假调休,共3天。1月4日（周日）上班。"));
        Assert.Equal("2026-01-01,holiday,元旦\n2026-01-02,holiday,元旦\n2026-01-04,workday,元旦\n", full);
        Assert.Equal(full, half);
        Assert.Equal(full, mixed);
    }

    [Fact]
    public void Older_wording_with_a_compensatory_day_off()
    {
        // 2017: 元旦 on a Sunday, “1月1日放假，1月2日（星期一）补休。”
        Assert.Equal("2017-01-02,holiday,元旦\n", Csv(Wrap(2017, "一、元旦：1月1日放假，1月2日（星期一）补休。")));
    }

    [Fact]
    public void A_single_day_joined_to_the_weekend()
    {
        // 2019's 清明节: “4月5日放假，与周末连休。” (a Friday).
        Assert.Equal("2019-04-05,holiday,清明节\n", Csv(Wrap(2019, "三、清明节：4月5日放假，与周末连休。")));
    }

    [Fact]
    public void A_make_up_day_in_the_december_before()
    {
        // 2012: “2012年1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班。” and the same without the years.
        var explicitYears = Csv(Wrap(2012, "一、元旦：2012年1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班。"));
        var implicitYears = Csv(Wrap(2012, "一、元旦：1月1日至3日放假调休，共3天。12月31日（星期六）上班。"));
        Assert.Equal("2011-12-31,workday,元旦\n2012-01-02,holiday,元旦\n2012-01-03,holiday,元旦\n", explicitYears);
        Assert.Equal(explicitYears, implicitYears);
    }

    [Fact]
    public void A_range_over_new_year_without_years()
    {
        // 2019's 元旦 written “12月30日至1月1日”: the range runs from the December before.
        Assert.Equal("2018-12-31,holiday,元旦\n2019-01-01,holiday,元旦\n",
            Csv(Wrap(2019, "一、元旦：12月30日至1月1日放假调休，共3天。")));
    }

    [Fact]
    public void Explanatory_sentences_add_no_day()
    {
        // 2009-style “其中……为法定节假日……调至……” and 2024's encouragement to rest on 除夕 (2月9日) are not arrangements.
        var text = Wrap(2009,
            "一、元旦：1月1日至3日放假，共3天。其中，1月1日（星期四）为法定节假日，1月3日（星期六）为公休日，1月4日（星期日）公休日调至1月2日（星期五）。1月4日（星期日）上班。",
            "二、春节：1月25日至31日放假调休，共7天。1月24日（星期六）、2月1日（星期日）上班。鼓励各单位安排职工在1月23日（星期五）休息。");
        Assert.Equal(
            "2009-01-01,holiday,元旦\n2009-01-02,holiday,元旦\n2009-01-04,workday,元旦\n2009-01-24,workday,春节\n"
            + "2009-01-26,holiday,春节\n2009-01-27,holiday,春节\n2009-01-28,holiday,春节\n2009-01-29,holiday,春节\n"
            + "2009-01-30,holiday,春节\n2009-02-01,workday,春节\n",
            Csv(text));
    }

    [Fact]
    public void Two_festivals_on_one_line_keep_their_printed_name()
    {
        var csv = Csv(Wrap(2020, "六、国庆节、中秋节：10月1日至8日放假调休，共8天。9月27日（星期日）、10月10日（星期六）上班。"));
        Assert.All(csv.TrimEnd('\n').Split('\n'), row => Assert.EndsWith(",国庆节、中秋节", row, StringComparison.Ordinal));
        Assert.Contains("2020-10-08,holiday", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Month_continuation_across_a_range()
    {
        // 2022's 春节: “1月31日至2月6日”.
        var csv = Csv(Wrap(2022, "二、春节：1月31日至2月6日放假调休，共7天。1月29日（星期六）、1月30日（星期日）上班。"));
        Assert.Contains("2022-02-04,holiday,春节", csv, StringComparison.Ordinal);
        Assert.StartsWith("2022-01-29,workday,春节\n2022-01-30,workday,春节\n2022-01-31,holiday,春节", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbering_dropped_by_a_repost_is_accepted()
    {
        Assert.Equal("2026-05-01,holiday,劳动节\n2026-05-04,holiday,劳动节\n2026-05-05,holiday,劳动节\n2026-05-09,workday,劳动节\n",
            Csv(Wrap(2026, "劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。")));
    }

    [Fact]
    public void A_line_wrapped_by_a_pdf_goes_on_in_the_next_line()
    {
        // PDF text keeps the printed lines: the 上班 days of 2026's 春节 run over onto the next line.
        var text = "国务院办公厅关于2026年部分节假日安排的通知\n"
            + "二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28\n"
            + "日（周六）上班。\n三、清明节：4月4日（周六）至6日（周一）放假，共3天。\n国务院办公厅\n2025年11月4日\n";
        var csv = Csv(text);
        Assert.Contains("2026-02-14,workday,春节\n", csv, StringComparison.Ordinal);
        Assert.Contains("2026-02-28,workday,春节\n", csv, StringComparison.Ordinal);
        Assert.Contains("2026-04-06,holiday,清明节\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void The_2008_wording_with_a_comma_before_the_make_up_day()
    {
        // 2008's 元旦: the explanation “…调至12月31日（星期一），12月29日（星期六）上班” works 29 December only.
        var csv = Csv("国务院办公厅关于2008年部分节假日安排的通知\n"
            + "一、元旦：2007年12月30日—2008年1月1日放假，共3天。其中，1月1日（星期二）为法定节假日，12月30日（星期日）为公休日，"
            + "12月29日（星期六）公休日调至12月31日（星期一），12月29日（星期六）上班。\n");
        Assert.Equal("2007-12-29,workday,元旦\n2007-12-31,holiday,元旦\n2008-01-01,holiday,元旦\n", csv);
    }

    [Fact]
    public void A_title_printed_over_two_lines_and_a_xinhua_summary_without_title()
    {
        var twoLines = Csv("国务院办公厅关于2016年\n部分节假日安排的通知\n国办发明电〔2015〕18号\n四、劳动节：5月1日放假，5月2日（星期一）补休。\n");
        Assert.Equal("2016-05-02,holiday,劳动节\n", twoLines);
        var summary = Csv("经国务院批准，2016年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排如下：\n"
            + "——春节：2月7日至13日放假调休，共7天。2月6日（星期六）、2月14日（星期日）上班。\n");
        Assert.Contains("2016-02-06,workday,春节\n", summary, StringComparison.Ordinal);
        Assert.Contains("2016-02-12,holiday,春节\n", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_before_the_festival_name_and_spaces_inside_dates()
    {
        Assert.Equal("2018-01-01,holiday,元旦\n", Csv(Wrap(2018, "一、2018年元旦:1 月 1 日放假,与周末连休。")));
    }
}
