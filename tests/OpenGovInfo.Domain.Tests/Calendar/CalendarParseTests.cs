using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Tests.Calendar;

public class CalendarParseTests
{
    private const string Header = "date,kind,name\n";

    private static CalendarParseError SingleError(string csv)
    {
        var result = WorkingDayCalendar.Parse(csv);
        Assert.False(result.IsSuccess);
        Assert.Null(result.Calendar);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void A_small_valid_file_parses_from_a_reader()
    {
        // 2025-01-26 is a Sunday (workday), 2025-01-28 a Tuesday (holiday); CRLF line ends are accepted.
        using var reader = new StringReader("date,kind,name\r\n2025-01-26,workday,春节\r\n2025-01-28,holiday,春节\r\n");
        var calendar = WorkingDayCalendar.Parse(reader).Calendar!;
        Assert.Equal(2, calendar.Entries.Count);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 1, 26)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 1, 28)));
        // Official through 2025; later years are provisional, to the end of the lunar tables.
        Assert.Equal(new DateOnly(2025, 12, 31), calendar.KnownThrough);
        Assert.Equal(new DateOnly(2099, 12, 31), calendar.CoveredRange.Last);
    }

    [Fact]
    public void Wrong_header_is_reported_on_line_1()
    {
        var error = SingleError("day,kind,name\n2025-01-28,holiday,春节\n");
        Assert.Equal(1, error.Line);
        Assert.Contains("date,kind,name", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-01-28,holiday,春节\n2025-02-30,holiday,春节\n", 3, "2025-02-30")]
    [InlineData("2025-01-28,holiday\n", 2, "3 列")]
    [InlineData("2025-01-28,vacation,春节\n", 2, "vacation")]
    [InlineData("2025-01-28,holiday,\n", 2, "名称为空")]
    // 2025-02-01 is a Saturday: a holiday row on a weekend is wrong.
    [InlineData("2025-02-01,holiday,春节\n", 2, "周末")]
    // 2025-01-27 is a Monday: a make-up workday must be a weekend day.
    [InlineData("2025-01-27,workday,春节\n", 2, "调休")]
    [InlineData("2025-01-28,holiday,春节\n2025-01-28,holiday,春节\n", 3, "重复")]
    [InlineData("2025-01-29,holiday,春节\n2025-01-28,holiday,春节\n", 3, "升序")]
    public void Malformed_rows_give_the_line_number_and_the_cause(string body, int line, string fragment)
    {
        var error = SingleError(Header + body);
        Assert.Equal(line, error.Line);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"第 {line} 行", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_is_reported_not_only_the_first()
    {
        var result = WorkingDayCalendar.Parse(Header + "x,holiday,a\n2025-01-28,holiday,春节\n2025-01-27,workday,春节\n");
        Assert.Equal([2, 4], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public void An_empty_file_is_an_error() => Assert.Equal(1, SingleError(Header).Line);
}
