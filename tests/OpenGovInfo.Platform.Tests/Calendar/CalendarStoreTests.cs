using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;
using static OpenGovInfo.Platform.Tests.Publishing.PublishingFixture;

namespace OpenGovInfo.Platform.Tests.Calendar;

/// <summary>The calendar as data: seeded, imported, and deadlines recomputed, on both providers.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class CalendarStoreTests(PostgresServer postgres)
{
    // A made-up 2027 notice that differs from the provisional prediction: 元旦 runs to Monday 4 January, with no day back.
    internal const string Notice2027 = """
        国务院办公厅关于2027年部分节假日安排的通知
        国办发明电〔2026〕8号

        一、元旦：1月1日（周五）至4日（周一）放假，共4天。

        二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。2月20日（周六）上班。

        国务院办公厅
        2026年11月20日
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_migrated_database_holds_the_shipped_official_years(string provider)
    {
        await using var host = await PlatformHost.StartAsync(provider, postgres);
        var calendar = await host.RunAsync<OpenGovInfoDbContext, WorkingDayCalendar>(db => CalendarStore.LoadAsync(db));
        Assert.Equal(WorkingDayCalendar.China.Version, calendar.Version);
        Assert.Equal(Enumerable.Range(2019, 8), calendar.OfficialYears.Select(y => y.Year));
        Assert.Equal("国办发明电〔2024〕12号", calendar.Year(2025)!.Notice!.DocumentNumber);
        Assert.Single(calendar.Year(2020)!.Amendments);
        // Seeding again (another node, a restart) adds nothing.
        Assert.Equal(0, await host.RunAsync<CalendarSeeder, int>(s => s.SeedShippedYearsAsync()));
        Assert.Equal(10, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.CalendarNotices.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_a_notice_makes_the_year_official_and_lists_every_deadline_it_moves(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.FromHours(8)));
        var late = await DraftAsync(host, agencyId, Input("2026年12月工作动态") with { FormedOn = new DateOnly(2026, 12, 20) });
        var early = await DraftAsync(host, agencyId, Input("2026年11月工作动态") with { FormedOn = new DateOnly(2026, 11, 2) });
        var before = await ItemAsync(host, late);
        // Provisional 2027: 元旦 1–3 January; 20 working days from Sunday 20 December end on Monday 18 January.
        Assert.Equal(new DateOnly(2027, 1, 18), before.PublishBy);
        Assert.True(before.PublishByProvisional);
        Assert.False((await ItemAsync(host, early)).PublishByProvisional);

        var report = await host.RunAsync<ImportHolidayNotice, Result<CalendarImportReport>>(u => u.ImportAsync(Notice2027, 2027, "admin"));
        Assert.True(report.IsSuccess, string.Join(" ", report.Errors.Select(e => e.Message)));

        // With 4 January off the count ends a working day later, on Tuesday 19 January, and is no longer provisional.
        var after = await ItemAsync(host, late);
        Assert.Equal(new DateOnly(2027, 1, 19), after.PublishBy);
        Assert.False(after.PublishByProvisional);
        Assert.Equal(new DateOnly(2027, 1, 18), after.PublishByBefore);
        var moved = Assert.Single(report.Value.Moved);
        Assert.Equal((late, before.PublishBy, new DateOnly(2027, 1, 19)), (moved.ItemId, moved.Before, moved.After));
        // The November item's count never reached 2027: untouched.
        Assert.Null((await ItemAsync(host, early)).PublishByBefore);
        var calendar = await host.RunAsync<OpenGovInfoDbContext, WorkingDayCalendar>(db => CalendarStore.LoadAsync(db));
        Assert.Equal(CalendarYearStatus.Official, calendar.Year(2027)!.Status);
        Assert.Equal("国办发明电〔2026〕8号", calendar.Year(2027)!.Notice!.DocumentNumber);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_moved_deadline_is_recorded_with_the_old_and_new_date(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.FromHours(8)));
        // Formed on Monday 14 December: 20 working days on provisional 2027 end on Tuesday 12 January
        // (15–18, 21–25, 28–31 = 13 in 2026; 4–8 Jan = 18; 11 Jan = 19; 12 Jan = 20).
        var id = await DraftAsync(host, agencyId, Input("2026年第50周工作动态") with { FormedOn = new DateOnly(2026, 12, 14) });
        var before = (await ItemAsync(host, id)).PublishBy!.Value;

        var report = await host.RunAsync<ImportHolidayNotice, Result<CalendarImportReport>>(u => u.ImportAsync(Notice2027, 2027, "admin"));

        // The notice takes Monday 4 January off: the count ends on Wednesday 13 January.
        Assert.Equal(new DateOnly(2027, 1, 12), before);
        var after = (await ItemAsync(host, id)).PublishBy!.Value;
        Assert.Equal(new DateOnly(2027, 1, 13), after);
        var moved = report.Value.Moved.Single(m => m.ItemId == id);
        Assert.Equal((before, after), (moved.Before!.Value, moved.After));
        var change = await host.RunAsync<OpenGovInfoDbContext, DeadlineChangeRow>(db => db.DeadlineChanges.SingleAsync(c => c.ItemId == id));
        Assert.Equal((before, after), (change.OldDue!.Value, change.NewDue));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_notice_stores_nothing(string provider)
    {
        await using var host = await PlatformHost.StartAsync(provider, postgres);
        var wrongYear = await host.RunAsync<ImportHolidayNotice, Result<CalendarImportReport>>(u => u.ImportAsync(Notice2027, 2028, "admin"));
        Assert.Contains("这是 2027 年的通知", Assert.Single(wrongYear.Errors).Message, StringComparison.Ordinal);
        var badCount = await host.RunAsync<ImportHolidayNotice, Result<CalendarImportReport>>(
            u => u.ImportAsync(Notice2027.Replace("共4天", "共5天", StringComparison.Ordinal), 2027, "admin"));
        Assert.StartsWith("第 4 行：" /* the 元旦 line */, Assert.Single(badCount.Errors).Message, StringComparison.Ordinal);
        var amendmentFirst = await host.RunAsync<ImportHolidayNotice, Result<CalendarImportReport>>(u => u.ImportAsync(
            "国务院办公厅关于调整2028年劳动节假期安排的通知\n一、2028年5月1日至5日放假调休，共5天。\n国务院办公厅\n2028年3月1日", null, "admin"));
        Assert.Contains("尚未导入全年安排", Assert.Single(amendmentFirst.Errors).Message, StringComparison.Ordinal);

        Assert.Equal(10, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.CalendarNotices.CountAsync()));
        Assert.Equal(8, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.CalendarYears.CountAsync()));
    }

    [Fact]
    public async Task Another_node_sees_an_imported_notice_within_the_recheck_interval()
    {
        await using var nodeA = await PlatformHost.StartAsync("PostgreSql", postgres);
        await using var nodeB = await PlatformHost.AlongsideAsync(nodeA);
        var store = nodeB.Services.GetRequiredService<CalendarStore>();
        Task<WorkingDayCalendar> CurrentOnB() => nodeB.RunAsync<OpenGovInfoDbContext, WorkingDayCalendar>(db => store.CurrentAsync(db));
        Assert.Equal(CalendarYearStatus.Provisional, (await CurrentOnB()).Year(2027)!.Status);

        var imported = await nodeA.RunAsync<ImportHolidayNotice, Result<CalendarImportReport>>(u => u.ImportAsync(Notice2027, 2027, "admin"));
        Assert.True(imported.IsSuccess);

        // Node B holds its calendar until the recheck interval has passed, then reads the change.
        Assert.Equal(CalendarYearStatus.Provisional, (await CurrentOnB()).Year(2027)!.Status);
        nodeB.Clock.Advance(CalendarStore.RecheckInterval);
        Assert.Equal(CalendarYearStatus.Official, (await CurrentOnB()).Year(2027)!.Status);
        Assert.False((await CurrentOnB()).IsWorkingDay(new DateOnly(2027, 1, 4)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_amendment_changes_only_the_festival_it_names_and_moves_deadlines_back(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.FromHours(8)));
        var id = await DraftAsync(host, agencyId, Input("2026年3月工作动态"));
        var late = await DraftAsync(host, agencyId, Input("2026年12月工作动态") with { FormedOn = new DateOnly(2026, 12, 20) });
        Assert.True((await host.RunAsync<ImportHolidayNotice, Result<CalendarImportReport>>(u => u.ImportAsync(Notice2027, 2027, "admin"))).IsSuccess);
        Assert.Equal(new DateOnly(2027, 1, 19), (await ItemAsync(host, late)).PublishBy);
        var springRows = await host.RunAsync<OpenGovInfoDbContext, int>(db => db.CalendarDays.CountAsync(d => d.Year == 2027 && d.Name == "春节"));

        const string amendment = "国务院办公厅关于调整2027年元旦假期安排的通知\n国办发明电〔2026〕9号\n一、2027年1月1日（星期五）至3日（星期日）放假，共3天。\n国务院办公厅\n2026年12月1日";
        var report = await host.RunAsync<ImportHolidayNotice, Result<CalendarImportReport>>(u => u.ImportAsync(amendment, 2027, "admin"));
        Assert.True(report.IsSuccess, string.Join(" ", report.Errors.Select(e => e.Message)));
        Assert.True(report.Value.IsAmendment);

        var calendar = await host.RunAsync<OpenGovInfoDbContext, WorkingDayCalendar>(db => CalendarStore.LoadAsync(db));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 1, 4)));
        Assert.Equal(springRows, calendar.Year(2027)!.Entries.Count(e => e.Name == "春节"));
        Assert.Equal("国办发明电〔2026〕8号", calendar.Year(2027)!.Notice!.DocumentNumber);
        Assert.Equal("国办发明电〔2026〕9号", Assert.Single(calendar.Year(2027)!.Amendments).DocumentNumber);
        // Formed 2026-03-20: far from the change, untouched. The December item moves back to Monday 18 January.
        Assert.DoesNotContain(report.Value.Moved, m => m.ItemId == id);
        var moved = Assert.Single(report.Value.Moved);
        Assert.Equal((late, new DateOnly(2027, 1, 19), new DateOnly(2027, 1, 18)), (moved.ItemId, moved.Before!.Value, moved.After));
    }
}
