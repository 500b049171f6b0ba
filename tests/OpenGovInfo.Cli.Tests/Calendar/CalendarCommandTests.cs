using OpenGovInfo.Testing;

namespace OpenGovInfo.Cli.Tests.Calendar;

public class CalendarCommandTests
{
    private static string Notices => Path.Combine(SharedPaths.Shared, "domain", "holiday-notices");

    [Fact]
    public void Due_prints_the_date_alone_and_warns_on_stderr_when_the_count_is_provisional()
    {
        var (code, output, error) = OgiProcess.Run("calendar", "due", "--from", "2026-12-20", "--working-days", "20");
        Assert.Equal(0, code);
        // Provisional 2027: 元旦 1–3 January (Friday to Sunday): 21–25, 28–31 Dec (9), 4–8 (14), 11–15 (19), 18 Jan (20).
        Assert.Equal("2027-01-18\n", output);
        Assert.Contains("暂定", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.TrimEnd('\n'));
    }

    [Fact]
    public void Due_on_official_years_prints_no_warning()
    {
        // regulation-deadlines.md PD-1: formed Friday 2025-04-25 → 2025-05-27 (劳动节 1–5 May, 4/27 Sunday worked).
        var (code, output, error) = OgiProcess.Run("calendar", "due", "--from", "2025-04-25", "--working-days", "20");
        Assert.Equal((0, "2025-05-27\n", string.Empty), (code, output, error));
    }

    [Fact]
    public void Explain_prints_the_count_with_the_festivals()
    {
        var (code, output, _) = OgiProcess.Run("calendar", "due", "--from", "2025-01-20", "--working-days", "7", "--explain");
        Assert.Equal(0, code);
        Assert.StartsWith("2025-02-05\n", output, StringComparison.Ordinal);
        Assert.Contains("2025-01-26 星期日 第5个工作日（春节调休上班，计入）", output, StringComparison.Ordinal);
        Assert.Contains("2025-01-31 星期五 春节放假，不计", output, StringComparison.Ordinal);
        Assert.Contains("2025 年日历：正式（国务院办公厅关于2025年部分节假日安排的通知，国办发明电〔2024〕12号）", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021")]
    [InlineData("2024")]
    [InlineData("2026")]
    public void Parse_prints_the_year_rows_of_the_shipped_csv(string year)
    {
        var (code, output, error) = OgiProcess.Run("calendar", "parse", Path.Combine(Notices, year + ".txt"));
        Assert.Equal((0, string.Empty), (code, error));
        var csv = File.ReadAllLines(Path.Combine(SharedPaths.Shared, "domain", "cn-workday-calendar.csv"));
        var expected = csv.Take(1).Concat(csv.Skip(1).Where(l => l.StartsWith(year, StringComparison.Ordinal)));
        Assert.Equal(string.Join('\n', expected) + "\n", output);
    }

    [Fact]
    public void Parse_of_an_amendment_prints_the_festival_it_changes()
    {
        var (code, output, _) = OgiProcess.Run("calendar", "parse", Path.Combine(Notices, "2019-amendment.txt"));
        Assert.Equal(0, code);
        Assert.Equal("date,kind,name\n2019-04-28,workday,劳动节\n2019-05-01,holiday,劳动节\n2019-05-02,holiday,劳动节\n2019-05-03,holiday,劳动节\n2019-05-05,workday,劳动节\n", output);
    }

    [Fact]
    public void Parse_refuses_a_text_that_breaks_a_check_naming_the_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"notice-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "国务院办公厅关于2027年部分节假日安排的通知\n\n一、元旦：1月1日（周五）至3日（周日）放假，共4天。\n");
        try
        {
            var (code, output, error) = OgiProcess.Run("calendar", "parse", file);
            Assert.Equal((2, string.Empty), (code, output));
            Assert.Contains("第 3 行", error, StringComparison.Ordinal);
            Assert.Contains("“共4天”", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Parse_refuses_what_is_not_a_notice_and_a_missing_file()
    {
        var (code, _, error) = OgiProcess.Run("calendar", "parse", Path.Combine(SharedPaths.RepositoryRoot, "README.md"));
        Assert.Equal(2, code);
        Assert.Contains("只能上传 .txt、.docx 或 .pdf", error, StringComparison.Ordinal);
        (code, _, error) = OgiProcess.Run("calendar", "parse", "/nonexistent/2027.txt");
        Assert.Equal(2, code);
        Assert.Contains("找不到文件", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_gives_the_status_and_the_notice_of_a_year()
    {
        var official = OgiProcess.Run("calendar", "show", "2020");
        Assert.Equal(0, official.Code);
        Assert.StartsWith("2020 年：正式（国务院办公厅关于2020年部分节假日安排的通知，国办发明电〔2019〕16号，2019-11-21；调整：国务院办公厅关于延长2020年春节假期的通知）\n", official.Out, StringComparison.Ordinal);
        Assert.Contains("2020-01-31 星期五 放假 春节", official.Out, StringComparison.Ordinal);
        var provisional = OgiProcess.Run("calendar", "show", "2027");
        Assert.StartsWith("2027 年：暂定", provisional.Out, StringComparison.Ordinal);
        Assert.Contains("2027-02-08 星期一 放假 春节", provisional.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_arguments_get_a_chinese_message_and_exit_2()
    {
        var (code, output, error) = OgiProcess.Run("calendar", "due", "--from", "2026-13-01", "--working-days", "20");
        Assert.Equal((2, string.Empty), (code, output));
        Assert.Contains("YYYY-MM-DD", error, StringComparison.Ordinal);
        Assert.Equal(2, OgiProcess.Run("calendar", "due", "--from", "2026-12-01", "--working-days", "-3").Code);
        Assert.Contains("超出了工作日历的范围", OgiProcess.Run("calendar", "due", "--from", "2099-12-20", "--working-days", "20").Error, StringComparison.Ordinal);
    }
}
