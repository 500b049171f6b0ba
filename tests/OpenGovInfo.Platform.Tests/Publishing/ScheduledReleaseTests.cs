using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;
using static OpenGovInfo.Platform.Tests.Publishing.PublishingFixture;

namespace OpenGovInfo.Platform.Tests.Publishing;

/// <summary>定时发布: <see cref="ReleaseDueItems"/> on both providers, and two nodes releasing at once on PostgreSQL.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ScheduledReleaseTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_due_item_is_released_by_the_system_with_an_event_an_index_number_and_search_text(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var later = await ScheduleAsync(host, agencyId, "定时发布的年度计划", TimeSpan.FromHours(1));
        var soon = await ScheduleAsync(host, agencyId, "定时发布的招聘公告", TimeSpan.FromMinutes(10));

        Assert.Empty((await ReleaseAsync(host)).Released);
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, (await ListAsync(host, agencyId)).Total);
        var report = await ReleaseAsync(host);

        Assert.Equal([soon], report.Released);
        Assert.Equal(ItemState.Scheduled, (await ItemAsync(host, later)).State);
        var released = await ItemAsync(host, soon);
        Assert.Equal(ItemState.Published, released.State);
        Assert.Equal(host.Clock.GetUtcNow(), released.PublishedAt);
        Assert.Null(released.ScheduledFor);
        Assert.Equal("11411503005056032N/2026-00001", released.IndexNumber);
        var last = (await EventsAsync(host, soon))[^1];
        Assert.Equal((ReviewAction.ReleaseScheduled, ItemState.Scheduled, ItemState.Published, "system", StaffRoles.System),
            (last.Action, last.From, last.To, last.ActorId, last.ActorRoles));
        Assert.Equal("系统（定时发布）", last.ActorName);

        // The count cache was cleared by the release: the total read (0) a moment ago is not reused.
        var list = await ListAsync(host, agencyId);
        Assert.Equal((1, soon), (list.Total, Assert.Single(list.Items).Id));
        var found = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("招聘", new SearchFilter()));
        Assert.Equal(soon, Assert.Single(found.Hits).Item.Id);
        Assert.Empty((await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("年度计划", new SearchFilter()))).Hits);

        Assert.Empty((await ReleaseAsync(host)).Released);
        host.Clock.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal([later], (await ReleaseAsync(host)).Released);
        Assert.Equal("11411503005056032N/2026-00002", (await ItemAsync(host, later)).IndexNumber);
        Assert.Single(await EventsAsync(host, soon), e => e.Action == ReviewAction.ReleaseScheduled);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_scheduled_item_withdrawn_before_its_time_is_never_released(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var id = await ScheduleAsync(host, agencyId, "撤回的定时信息", TimeSpan.FromMinutes(5));
        var withdrawn = await ActAsync(host, agencyId, id, Approver, ReviewAction.Withdraw, "内容需要调整");
        Assert.Equal(ItemState.Withdrawn, withdrawn.Value);

        host.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Empty((await ReleaseAsync(host)).Released);
        Assert.Equal(ItemState.Withdrawn, (await ItemAsync(host, id)).State);
        Assert.Null((await ItemAsync(host, id)).IndexNumber);
    }

    [Fact]
    public async Task Two_nodes_releasing_at_once_release_each_item_exactly_once()
    {
        var (nodeA, agencyId) = await StartAsync("PostgreSql", postgres);
        await using var _ = nodeA;
        await using var nodeB = await PlatformHost.AlongsideAsync(nodeA);
        var ids = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add(await ScheduleAsync(nodeA, agencyId, $"定时发布第{i}号", TimeSpan.FromMinutes(1)));
        }

        nodeA.Clock.Advance(TimeSpan.FromMinutes(2));
        nodeB.Clock.Advance(TimeSpan.FromMinutes(2));
        var reports = await Task.WhenAll(
            Task.Run(() => ReleaseAsync(nodeA)), Task.Run(() => ReleaseAsync(nodeB)),
            Task.Run(() => ReleaseAsync(nodeA)), Task.Run(() => ReleaseAsync(nodeB)));

        var released = reports.SelectMany(r => r.Released).ToList();
        Assert.Equal(ids.Order(), released.Order());
        Assert.All(reports, r => Assert.Empty(r.Refused));
        var (events, numbers) = await nodeB.RunAsync<OpenGovInfoDbContext, (List<int>, List<string?>)>(async db => (
            await db.ItemEvents.Where(e => e.Action == ReviewAction.ReleaseScheduled).Select(e => e.ItemId).ToListAsync(),
            await db.Items.Select(i => i.IndexNumber).ToListAsync()));
        Assert.Equal(ids.Order(), events.Order());
        Assert.Equal(Enumerable.Range(1, 40).Select(n => $"11411503005056032N/2026-{n:D5}"), numbers.Order(StringComparer.Ordinal));
    }

    private static async Task<int> ScheduleAsync(PlatformHost host, int agencyId, string title, TimeSpan after)
    {
        var id = await DraftAsync(host, agencyId, Input(title));
        await ActAsync(host, agencyId, id, Editor, ReviewAction.Submit);
        await ActAsync(host, agencyId, id, Confidentiality, ReviewAction.PassConfidentialityReview);
        var at = host.Clock.GetUtcNow() + after;
        var approved = await host.RunAsync<ApplyReviewAction, Result<ItemState>>(u =>
            u.RunAsync(new ReviewActionRequest(agencyId, id, ReviewAction.Approve, ScheduledFor: at), Approver));
        Assert.Equal(ItemState.Scheduled, approved.Value);
        return id;
    }

    private static Task<ReleaseReport> ReleaseAsync(PlatformHost host) =>
        host.RunAsync<ReleaseDueItems, ReleaseReport>(u => u.RunAsync());

    private static Task<ItemPage> ListAsync(PlatformHost host, int agencyId) =>
        host.RunAsync<ListItems, ItemPage>(q => q.RunAsync(new ItemFilter(agencyId)));

    private static Task<List<ItemEventRow>> EventsAsync(PlatformHost host, int itemId) =>
        host.RunAsync<OpenGovInfoDbContext, List<ItemEventRow>>(db =>
            db.ItemEvents.AsNoTracking().Where(e => e.ItemId == itemId).OrderBy(e => e.Sequence).ToListAsync());
}
