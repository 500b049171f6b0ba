using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Audit;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Platform.Tests.Calendar;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;
using static OpenGovInfo.Platform.Tests.Publishing.PublishingFixture;

namespace OpenGovInfo.Platform.Tests.Audit;

/// <summary>Writes that bypass SaveChanges (set-based updates, a year's calendar rows replaced) still reach the trail.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class SetBasedWriteAuditTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_scheduled_release_claim_is_recorded_by_the_system(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var id = await DraftAsync(host, agencyId, Input("定时发布的招聘公告"));
        await ActAsync(host, agencyId, id, Editor, ReviewAction.Submit);
        await ActAsync(host, agencyId, id, Confidentiality, ReviewAction.PassConfidentialityReview);
        var at = host.Clock.GetUtcNow() + TimeSpan.FromMinutes(5);
        await host.RunAsync<ApplyReviewAction, Result<ItemState>>(u => u.RunAsync(new ReviewActionRequest(agencyId, id, ReviewAction.Approve, ScheduledFor: at), Approver));
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var before = await CountAsync(host);

        Assert.Equal([id], (await host.RunAsync<ReleaseDueItems, ReleaseReport>(u => u.RunAsync())).Released);

        var records = await NewRecordsAsync(host, before);
        var claim = Assert.Single(records, r => r.EntityType == "items" && r.EntityId == id.ToString() && (r.After ?? string.Empty).StartsWith("{\"UpdatedAt\"", StringComparison.Ordinal));
        Assert.Equal(("系统", "update"), (claim.ActorName, claim.Action));
        Assert.NotNull(claim.Before);
        await AssertIntactAsync(host);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reindexed_items_are_recorded_once_each(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var id = await DraftAsync(host, agencyId, Input("科技特派员服务工作动态"));
        await PublishAsync(host, agencyId, id, legal: false);
        // As an earlier version indexed it: no format mark.
        await host.RunAsync<OpenGovInfoDbContext>(db => db.Items.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.SearchText, "科技 特派员")));
        var before = await CountAsync(host);

        Assert.Equal(1, await host.RunAsync<SearchReindexer, int>(r => r.RunAsync()));

        var record = Assert.Single(await NewRecordsAsync(host, before));
        Assert.Equal(("update", "items", id.ToString()), (record.Action, record.EntityType, record.EntityId));
        Assert.Contains("科技 特派员", record.Before, StringComparison.Ordinal);
        Assert.Contains("SearchText", record.After, StringComparison.Ordinal);
        Assert.Equal(0, await host.RunAsync<SearchReindexer, int>(r => r.RunAsync()));
        Assert.Equal(before + 1, await CountAsync(host));
        await AssertIntactAsync(host);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Replacing_a_years_calendar_rows_records_each_deletion(string provider)
    {
        var (host, _) = await StartAsync(provider, postgres);
        await using var __ = host;
        Assert.True((await host.RunAsync<ImportHolidayNotice, Result<CalendarImportReport>>(u => u.ImportAsync(CalendarStoreTests.Notice2027, 2027, "admin"))).IsSuccess);
        var days = await host.RunAsync<OpenGovInfoDbContext, int>(db => db.CalendarDays.CountAsync(d => d.Year == 2027));
        var before = await CountAsync(host);

        Assert.True((await host.RunAsync<ImportHolidayNotice, Result<CalendarImportReport>>(u => u.ImportAsync(CalendarStoreTests.Notice2027, 2027, "admin"))).IsSuccess);

        var records = await NewRecordsAsync(host, before);
        Assert.Equal(days, records.Count(r => r.Action == "delete" && r.EntityType == "calendar_days"));
        Assert.Equal(days, records.Count(r => r.Action == "create" && r.EntityType == "calendar_days"));
        await AssertIntactAsync(host);
    }

    private static Task<int> CountAsync(PlatformHost host) =>
        host.RunAsync<OpenGovInfoDbContext, int>(db => db.AuditRecords.CountAsync());

    private static Task<List<AuditRecord>> NewRecordsAsync(PlatformHost host, int before) =>
        host.RunAsync<OpenGovInfoDbContext, List<AuditRecord>>(db => db.AuditRecords.AsNoTracking().Where(r => r.Sequence > before).OrderBy(r => r.Sequence).ToListAsync());

    private static async Task AssertIntactAsync(PlatformHost host)
    {
        var result = await host.RunAsync<VerifyAuditTrail, AuditVerification>(v => v.RunAsync());
        Assert.True(result.Intact, result.Problem);
    }
}
