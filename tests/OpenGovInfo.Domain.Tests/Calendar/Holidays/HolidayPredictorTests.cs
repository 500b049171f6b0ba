using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Calendar.Holidays;

namespace OpenGovInfo.Domain.Tests.Calendar.Holidays;

public class HolidayPredictorTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Back-test: the years before <paramref name="year"/> official, <paramref name="year"/> predicted, compared day by
    /// day with the official notice. The figure is in docs/calendar.md.
    /// </summary>
    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void The_predictor_classifies_every_day_of_the_years_under_the_2024_rules_as_the_notice_did(int year)
    {
        var official = WorkingDayCalendar.China;
        var before = WorkingDayCalendar.Create(official.OfficialYears.Where(y => y.Year < year)
            .Select(y => new OfficialYear(y.Year, y.Notice, y.Amendments, y.Entries)));
        Assert.Equal(CalendarYearStatus.Provisional, before.Year(year)!.Status);

        var days = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365).Select(i => new DateOnly(year, 1, 1).AddDays(i)).ToList();
        var wrong = days.Where(d => before.IsWorkingDay(d) != official.IsWorkingDay(d)).ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Provisional_2027_gives_every_statutory_day_off()
    {
        var china = WorkingDayCalendar.China;
        // 2027: 元旦 Fri 1 Jan; 除夕 Fri 5 Feb, 正月初一–初三 6–8 Feb; 清明 Mon 5 Apr; 劳动节 1–2 May; 端午 Wed 9 Jun;
        // 中秋 Wed 15 Sep; 国庆 1–3 Oct.
        string[] statutory = ["2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-04-05",
            "2027-05-01", "2027-05-02", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03"];
        Assert.All(statutory, d => Assert.False(china.IsWorkingDay(D(d)), d));
        Assert.All(statutory, d => Assert.True(china.IsProvisional(D(d)), d));
        Assert.Equal("春节", china.EntryFor(D("2027-02-08"))!.Name);
        // A Wednesday festival is that day alone (放假调休原则: 如逢周三则只在当日放假): Thursday after 端午 is worked.
        Assert.True(china.IsWorkingDay(D("2027-06-10")));
    }

    [Fact]
    public void Every_predicted_year_keeps_the_principles()
    {
        for (var year = 2027; year <= 2060; year++)
        {
            foreach (var b in HolidayPredictor.Predict(year))
            {
                var weekdaysOff = Days(b.Holiday).Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
                // The make-up days repay exactly the weekdays taken beyond the statutory days, on weekend days outside the break.
                Assert.Equal(Math.Max(0, weekdaysOff - b.StatutoryDays), b.MakeUpWorkdays.Count);
                Assert.All(b.MakeUpWorkdays, d => Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
                Assert.All(b.MakeUpWorkdays, d => Assert.False(b.Holiday.Contains(d)));
            }
        }
    }

    [Fact]
    public void Lunar_festivals_and_qingming_fall_on_the_known_dates()
    {
        Assert.Equal(D("2025-01-28"), LunarDates.NewYearsEve(2025));
        Assert.Equal(D("2026-02-16"), LunarDates.NewYearsEve(2026));
        Assert.Equal(D("2027-02-06"), LunarDates.SpringFestival(2027));
        Assert.Equal(D("2025-05-31"), LunarDates.DragonBoat(2025)); // 2025 has a leap 六月, after 五月
        Assert.Equal(D("2023-06-22"), LunarDates.DragonBoat(2023)); // 2023 has a leap 二月: 五月 is month 6
        Assert.Equal(D("2020-06-25"), LunarDates.DragonBoat(2020)); // 2020 has a leap 四月
        Assert.Equal(D("2020-10-01"), LunarDates.MidAutumn(2020));
        Assert.Equal(D("2023-09-29"), LunarDates.MidAutumn(2023));
        int[] qingmingApril5 = [2019, 2022, 2023, 2026, 2027];
        int[] qingmingApril4 = [2020, 2021, 2024, 2025];
        Assert.All(qingmingApril5, y => Assert.Equal(new DateOnly(y, 4, 5), SolarTerms.Qingming(y)));
        Assert.All(qingmingApril4, y => Assert.Equal(new DateOnly(y, 4, 4), SolarTerms.Qingming(y)));
    }

    [Fact]
    public void Qingming_agrees_with_the_almanac_formula_this_century()
    {
        // 寿星通式 for the 21st century: day = floor(Y × 0.2422 + 4.81) − floor(Y / 4), Y = year − 2000 (an independent
        // approximation; the astronomical computation must agree with it for 2001–2099).
        for (var year = 2001; year <= 2099; year++)
        {
            var y = year - 2000;
            var day = (int)Math.Floor((y * 0.2422) + 4.81) - (y / 4);
            Assert.Equal(new DateOnly(year, 4, day), SolarTerms.Qingming(year));
        }
    }

    private static IEnumerable<DateOnly> Days(DateRange range)
    {
        for (var d = range.First; d <= range.Last; d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
