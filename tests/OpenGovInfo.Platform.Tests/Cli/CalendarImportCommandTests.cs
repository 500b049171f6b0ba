using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Tests.Calendar;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Cli;

/// <summary><c>ogi calendar import</c> stores a notice in the platform database; a bad one stores nothing.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class CalendarImportCommandTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_notice_file_makes_its_year_official_and_the_database_calendar_uses_it(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        string[] db = ["--provider", provider, "--connection", database.ConnectionString];
        Assert.Equal(0, CliRunner.Run(["db", "migrate", .. db]).Code);
        var file = Path.Combine(Path.GetTempPath(), $"notice-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, CalendarStoreTests.Notice2027);
        try
        {
            Assert.Equal(2, CliRunner.Run(["calendar", "import", file, "--year", "2028", .. db]).Code);
            var (code, output) = CliRunner.Run(["calendar", "import", file, "--year", "2027", .. db]);
            Assert.Equal(0, code);
            Assert.Contains("已导入 2027 年通知", output, StringComparison.Ordinal);

            await using var host = await PlatformHost.OnExistingAsync(database);
            var calendar = await host.RunAsync<OpenGovInfoDbContext, WorkingDayCalendar>(d => CalendarStore.LoadAsync(d));
            Assert.Equal(CalendarYearStatus.Official, calendar.Year(2027)!.Status);
            Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 4)));
            var show = CliRunner.Run(["calendar", "show", "2027", "--database", .. db]);
            Assert.Contains("2027 年：正式（国务院办公厅关于2027年部分节假日安排的通知，国办发明电〔2026〕8号", show.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
