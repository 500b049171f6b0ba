using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Calendar.Notices;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Domain.Tests.Calendar.Notices;

public class ShippedNoticesTests
{
    private static string NoticeFolder => Path.Combine(SharedPaths.Shared, "domain", "holiday-notices");

    private static string Notice(string name) => File.ReadAllText(Path.Combine(NoticeFolder, name + ".txt"));

    private static readonly string[] NoticeNames =
        ["2019", "2019-amendment", "2020", "2020-amendment", "2021", "2022", "2023", "2024", "2025", "2026"];

    public static TheoryData<string> Names() => [.. NoticeNames];

    [Fact]
    public void The_ten_notices_read_together_give_exactly_the_shipped_csv()
    {
        var rows = new Dictionary<int, IReadOnlyList<CalendarEntry>>();
        foreach (var name in NoticeNames)
        {
            var result = HolidayNoticeParser.Parse(Notice(name));
            Assert.True(result.IsSuccess, name + ": " + string.Join("; ", result.Errors));
            var applied = NoticeApplier.Apply(result.Notice, rows.GetValueOrDefault(result.Notice.Year, []));
            Assert.True(applied.IsSuccess, applied.Error);
            rows[result.Notice.Year] = applied.Entries;
        }

        var expected = File.ReadAllText(Path.Combine(SharedPaths.Shared, "domain", "cn-workday-calendar.csv"));
        Assert.Equal(expected, CalendarCsv.Write(rows.Values.SelectMany(r => r)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_notice_is_read_with_its_title_number_and_date(string name)
    {
        var notice = HolidayNoticeParser.Parse(Notice(name)).Notice!;
        Assert.Equal(int.Parse(name[..4], System.Globalization.CultureInfo.InvariantCulture), notice.Year);
        Assert.Equal(name.EndsWith("amendment", StringComparison.Ordinal), notice.IsAmendment);
        Assert.StartsWith("国务院办公厅关于", notice.Reference.Title, StringComparison.Ordinal);
        Assert.Matches(@"^国办发明电〔20\d\d〕\d+号$", notice.Reference.DocumentNumber);
        Assert.NotNull(notice.Reference.IssuedOn);
        Assert.Empty(notice.Warnings);
    }

    [Fact]
    public void Embedded_notices_are_byte_for_byte_copies_of_the_shared_ones()
    {
        var shipped = ShippedCalendar.NoticeTexts;
        Assert.Equal(NoticeNames.Select(Notice), shipped);
        Assert.Equal(ShippedCalendar.CsvText, File.ReadAllText(Path.Combine(SharedPaths.Shared, "domain", "cn-workday-calendar.csv")));
    }

    [Fact]
    public void The_shipped_years_carry_their_notices_and_amendments()
    {
        var years = WorkingDayCalendar.China.OfficialYears.ToList();
        Assert.Equal(Enumerable.Range(2019, 8), years.Select(y => y.Year));
        Assert.All(years, y => Assert.NotNull(y.Notice));
        Assert.Equal("国办发明电〔2019〕3号", Assert.Single(years[0].Amendments).DocumentNumber);
        Assert.Equal(new DateOnly(2020, 1, 26), Assert.Single(years[1].Amendments).IssuedOn);
    }
}
