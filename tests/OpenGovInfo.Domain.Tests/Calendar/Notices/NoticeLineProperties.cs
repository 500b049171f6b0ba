using FsCheck;
using FsCheck.Xunit;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Calendar.Holidays;
using OpenGovInfo.Domain.Calendar.Notices;

namespace OpenGovInfo.Domain.Tests.Calendar.Notices;

/// <summary>Any festival line written in the common wordings parses back to the dates it was written from.</summary>
public class NoticeLineProperties
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七"];

    [Property(MaxTest = 400)]
    public bool A_generated_line_parses_back_to_its_dates(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var year = random.Next(2020, 2040);
        var festival = (Festival)random.Next(7);
        var statutory = StatutoryHolidays.Of(festival, year);
        var holiday = new DateRange(statutory[0].AddDays(-random.Next(0, 3)), statutory[^1].AddDays(random.Next(0, 4)));
        var workdays = MakeUpDays(random, holiday, year, festival);
        var style = new Style(random.Next(3), random.Next(2) == 0, random.Next(2) == 0, random.Next(3));
        var line = $"{Numerals[(int)festival]}、{FestivalNames.Of(festival)}{style.Colon}{Body(holiday, workdays, year, style)}";

        var result = HolidayNoticeParser.Parse(NoticeWordingTests.Wrap(year, line));
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(line + " → " + string.Join("; ", result.Errors));
        }

        var arrangement = Assert.Single(result.Notice.Arrangements);
        return arrangement.Holiday == holiday && arrangement.MakeUpWorkdays.SequenceEqual(workdays);
    }

    private static List<DateOnly> MakeUpDays(Random random, DateRange holiday, int year, Festival festival)
    {
        var days = new List<DateOnly>();
        for (var d = holiday.First.AddDays(-12); d <= holiday.Last.AddDays(12); d = d.AddDays(1))
        {
            var inYear = d.Year == year || (festival == Festival.NewYear && d.Year == year - 1);
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && !holiday.Contains(d) && inYear && random.Next(6) == 0 && days.Count < 2)
            {
                days.Add(d);
            }
        }

        return days;
    }

    private static string Body(DateRange holiday, List<DateOnly> workdays, int year, Style style)
    {
        var length = holiday.Last.DayNumber - holiday.First.DayNumber + 1;
        var off = holiday.First == holiday.Last
            ? $"{Date(holiday.First, null, year, style)}放假{(style.Declared == 0 ? "，与周末连休" : style.Declared == 1 ? "1天" : "，共1天")}"
            : $"{Date(holiday.First, null, year, style)}至{Date(holiday.Last, holiday.First, year, style)}放假调休{(style.Declared == 0 ? string.Empty : $"{style.Comma}共{length}天")}";
        var work = workdays.Count == 0
            ? string.Empty
            : string.Join("、", workdays.Select(w => Date(w, null, year, style with { Weekday = Math.Max(1, style.Weekday) }))) + "上班。";
        return off + "。" + work;
    }

    private static string Date(DateOnly date, DateOnly? rangeStart, int year, Style style)
    {
        var text = date.Year != year || (style.YearPrefix && rangeStart is null) ? $"{date.Year}年{date.Month}月{date.Day}日"
            : rangeStart is { } s && s.Month == date.Month && s.Year == date.Year ? $"{date.Day}日"
            : $"{date.Month}月{date.Day}日";
        var weekday = "日一二三四五六"[(int)date.DayOfWeek];
        return style.Weekday switch
        {
            1 => text + $"{style.Open}周{weekday}{style.Close}",
            2 => text + $"{style.Open}星期{weekday}{style.Close}",
            _ => text,
        };
    }

    private sealed record Style(int Weekday, bool FullWidth, bool YearPrefix, int Declared)
    {
        public string Open => FullWidth ? "（" : "(";

        public string Close => FullWidth ? "）" : ")";

        public string Comma => FullWidth ? "，" : ",";

        public string Colon => FullWidth ? "：" : ":";
    }
}
