using System.Security.Cryptography;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Domain.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;
    private static string SharedCsv => Path.Combine(SharedPaths.Shared, "domain", "cn-workday-calendar.csv");

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Embedded_calendar_is_a_byte_for_byte_copy_of_the_shared_file()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly
            .GetManifestResourceStream("OpenGovInfo.Domain.Calendar.Shipped.cn-workday-calendar.csv")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        var shared = File.ReadAllBytes(SharedCsv);
        Assert.Equal(shared, copy.ToArray());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(shared)), China.Version.Sha256);
    }

    [Fact]
    public void Loads_every_row_of_the_shared_file()
    {
        // cn-workday-calendar.md: 200 data rows; its per-year counts (the two December 2018 rows inside 2019) sum to
        // 18+19+18+18+18+19+18+19 = 147 weekday holidays and 7+6+7+7+7+8+5+6 = 53 weekend working days.
        Assert.Equal(200, China.Entries.Count);
        Assert.Equal(147, China.Entries.Count(e => e.Kind == CalendarEntryKind.Holiday));
        Assert.Equal(53, China.Entries.Count(e => e.Kind == CalendarEntryKind.MakeUpWorkday));
    }

    [Fact]
    public void Is_official_to_the_known_through_date_and_provisional_after()
    {
        // First row 2018-12-29 (the 2019 notice's make-up day); known-through date 2026-12-31 per the .md; after it
        // every year is provisional, computed from the law, to the end of the lunar tables.
        Assert.Equal(new DateRange(D("2018-12-29"), D("2099-12-31")), China.CoveredRange);
        Assert.Equal(D("2026-12-31"), China.Version.KnownThrough);
        Assert.True(China.Covers(D("2027-01-01")));
        Assert.False(China.IsProvisional(D("2026-12-31")));
        Assert.True(China.IsProvisional(D("2027-01-01")));
        Assert.Equal(CalendarYearStatus.Official, China.Year(2026)!.Status);
        Assert.Equal(CalendarYearStatus.Provisional, China.Year(2027)!.Status);
        Assert.False(China.Covers(D("2018-12-28")));
        Assert.False(China.Covers(D("2100-01-01")));
    }

    [Theory]
    // CSV "2024-02-04,workday,春节": a Sunday that is a make-up working day.
    [InlineData("2024-02-04", true)]
    // CSV "2025-02-08,workday,春节": a Saturday make-up working day.
    [InlineData("2025-02-08", true)]
    // 2024-02-09 除夕 is a Friday and not listed (the notice only encouraged rest): an ordinary working day.
    [InlineData("2024-02-09", true)]
    // CSV "2024-02-12,holiday,春节": a Monday off.
    [InlineData("2024-02-12", false)]
    // 2025-02-01 is a Saturday inside the holiday, not listed: an ordinary weekend day off.
    [InlineData("2025-02-01", false)]
    // 2020 COVID extension: the make-up Saturday 2020-02-01 was cancelled, so it is not listed and is a day off;
    // "2020-01-31,holiday" makes the Friday a day off.
    [InlineData("2020-02-01", false)]
    [InlineData("2020-01-31", false)]
    // CSV "2023-09-29,holiday,中秋节、国庆节" (Friday) and "2023-10-07,workday" (Saturday).
    [InlineData("2023-09-29", false)]
    [InlineData("2023-10-07", true)]
    // An ordinary Wednesday and an ordinary Sunday.
    [InlineData("2024-03-13", true)]
    [InlineData("2024-03-17", false)]
    public void IsWorkingDay_follows_the_official_rows(string date, bool expected) =>
        Assert.Equal(expected, China.IsWorkingDay(D(date)));

    [Theory]
    // Friday 2024-02-02 → Saturday 02-03 is off → Sunday 02-04 is a 调休 workday: the first working day after.
    [InlineData("2024-02-02", 1, "2024-02-04")]
    // Counting from a Saturday: the start day is not counted, Sunday 02-04 is the first working day.
    [InlineData("2024-02-03", 1, "2024-02-04")]
    // Friday 2025-02-07 → Saturday 02-08 is a 调休 workday.
    [InlineData("2025-02-07", 1, "2025-02-08")]
    // Thursday 2023-09-28 → 09-29 holiday, 09-30/10-01 weekend, 10-02…06 holidays → Saturday 10-07 workday.
    [InlineData("2023-09-28", 1, "2023-10-07")]
    // n = 0 is the start itself, even on a weekend.
    [InlineData("2024-03-17", 0, "2024-03-17")]
    // regulation-deadlines.md AP-3 example: 7 working days from 2025-01-20 (Mon): 21,22,23,24 (4), Sun 26 workday (5),
    // 27 (6), 28-31 and 02-03/04 off, 02-05 (7).
    [InlineData("2025-01-20", 7, "2025-02-05")]
    public void AddWorkingDays_counts_from_the_day_after_the_start(string start, int n, string expected) =>
        Assert.Equal(D(expected), China.AddWorkingDays(D(start), n));

    [Fact]
    public void WorkingDaysBetween_excludes_the_start_and_includes_the_end()
    {
        // (2024-02-08, 2024-02-19]: Fri 02-09 (1), Sun 02-18 workday (2), Mon 02-19 (3); 02-12…16 are holidays.
        Assert.Equal(3, China.WorkingDaysBetween(D("2024-02-08"), D("2024-02-19")));
        Assert.Equal(-3, China.WorkingDaysBetween(D("2024-02-19"), D("2024-02-08")));
        Assert.Equal(0, China.WorkingDaysBetween(D("2024-02-10"), D("2024-02-17")));
    }

    [Fact]
    public void Counts_into_a_provisional_year_are_marked_and_dates_outside_are_refused()
    {
        // From 2026-12-10 only 15 working days remain in 2026 (11; 14–18; 21–25; 28–31); 20 need provisional 2027, whose
        // 元旦 (Friday) is 1–3 January: Mon 01-04 (16) … Fri 01-08 (20).
        Assert.Equal(D("2027-01-08"), China.AddWorkingDays(D("2026-12-10"), 20));
        Assert.True(China.IsProvisionalCount(D("2026-12-10"), D("2027-01-08")));
        // The last official day is not provisional: 15 working days end on Thursday 2026-12-31.
        Assert.Equal(D("2026-12-31"), China.AddWorkingDays(D("2026-12-10"), 15));
        Assert.False(China.IsProvisionalCount(D("2026-12-10"), D("2026-12-31")));
        Assert.False(China.TryAddWorkingDays(D("2099-12-20"), 20, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => China.AddWorkingDays(D("2099-12-20"), 20));
        Assert.Throws<ArgumentOutOfRangeException>(() => China.IsWorkingDay(D("2100-01-04")));
        Assert.Throws<ArgumentOutOfRangeException>(() => China.WorkingDaysBetween(D("2018-12-01"), D("2019-01-04")));
    }

    [Fact]
    public void Negative_counts_are_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => China.AddWorkingDays(D("2024-03-13"), -1));
}
