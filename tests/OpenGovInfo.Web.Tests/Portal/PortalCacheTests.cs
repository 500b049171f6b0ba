using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Portal;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;
using static OpenGovInfo.Web.Tests.Publishing.ItemClient;

namespace OpenGovInfo.Web.Tests.Portal;

/// <summary>
/// The portal's output cache: anonymous pages are served from it, staff never are, and a withdrawal empties it at
/// once on the node that made it and within the sync interval on every other node.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PortalCacheTests(WebApps apps)
{
    [Fact]
    public async Task Anonymous_pages_are_cached_staff_pages_are_not_and_a_withdrawal_evicts_at_once()
    {
        // Its own node with the cross-node poll effectively off: this test is about the local eviction, and a poll
        // noticing the publication's own events could evict between two reads below.
        await using var app = new OgiWebFactory<Program>(TestDatabase.Sqlite(), settings: new Dictionary<string, string>
        {
            ["Portal:Cache:SyncSeconds"] = "3600",
        });
        var anonymous = StaffClient.Anonymous(app);
        var (agencyId, id, title) = await PublishAsync(app, "缓存测试");
        Assert.Contains(title, await anonymous.GetStringAsync($"/items/{id}"), StringComparison.Ordinal);
        Assert.Contains(title, await anonymous.GetStringAsync($"/agencies/{agencyId}/items"), StringComparison.Ordinal);

        // Changed behind the platform's back (no signal): anonymous readers still get the cached page, staff do not.
        await RetitleInDatabaseAsync(app, id, title + "（改）");
        Assert.DoesNotContain(title + "（改）", await anonymous.GetStringAsync($"/items/{id}"), StringComparison.Ordinal);
        var approver = await StaffClient.SignInAsync(app, "kgx.approver");
        Assert.Contains(title + "（改）", await approver.GetStringAsync($"/items/{id}"), StringComparison.Ordinal);

        using (var withdrawn = await ActAsync(approver, agencyId, id, "Withdraw", "信息有误，撤回修改"))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        using var gone = await anonymous.GetAsync($"/items/{id}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.DoesNotContain(title, await anonymous.GetStringAsync($"/agencies/{agencyId}/items"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await anonymous.GetStringAsync("/feed.atom"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawal_on_one_node_reaches_the_cache_of_another_node_through_the_database()
    {
        // The second node polls on a fake clock, and tells the test each time a poll starts: a poll starts only when
        // the one before it has finished (stamp read, cache evicted), so "poll n+1 started" is the signal that poll n
        // is done. No sleeping, and no waiting longer than the work takes.
        var first = apps.For("PostgreSql");
        var (agencyId, id, title) = await PublishAsync(first, "跨节点缓存测试");
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var polls = new SemaphoreSlim(0);
        await using var second = new OgiWebFactory<Program>(first.Database, settings: new Dictionary<string, string>
        {
            ["Portal:Cache:SyncSeconds"] = "1",
        }, replaceServices: services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddScoped(provider =>
            {
                polls.Release();
                return new ReadPublicContentStamp(provider.GetRequiredService<OpenGovInfoDbContext>());
            });
        });
        var reader = StaffClient.Anonymous(second);

        // The reader's first poll started after the publication, so only the withdrawal below is news to it.
        await WaitForPollAsync(polls);
        await NextPollAsync(clock, polls);
        Assert.Contains(title, await reader.GetStringAsync($"/items/{id}"), StringComparison.Ordinal);
        await RetitleInDatabaseAsync(first, id, title + "（改）");
        Assert.DoesNotContain(title + "（改）", await reader.GetStringAsync($"/items/{id}"), StringComparison.Ordinal);

        var approver = await StaffClient.SignInAsync(first, "kgx.approver");
        await ActOkWithCommentAsync(approver, agencyId, id, "Withdraw", "信息有误，撤回修改");
        // The poll started now reads after the withdrawal (it, or the one before it, sees the change and evicts);
        // it has finished once the next one starts.
        await NextPollAsync(clock, polls);
        await NextPollAsync(clock, polls);
        using var gone = await reader.GetAsync($"/items/{id}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
    }

    private static async Task NextPollAsync(FakeTimeProvider clock, SemaphoreSlim polls)
    {
        clock.Advance(TimeSpan.FromSeconds(1));
        await WaitForPollAsync(polls);
    }

    private static async Task WaitForPollAsync(SemaphoreSlim polls) =>
        // A bound on a broken build only; a working poll signals in milliseconds.
        Assert.True(await polls.WaitAsync(TimeSpan.FromSeconds(30)), "the portal cache did not poll");

    private static async Task<(int AgencyId, int Id, string Title)> PublishAsync(OgiWebFactory<Program> app, string prefix)
    {
        var agencyId = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var title = $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 8)];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var id = await DraftAsync(editor, agencyId, title, "work_updates", "<p>正文</p>");
        await ActOkAsync(editor, agencyId, id, "Submit");
        await ActOkAsync(await StaffClient.SignInAsync(app, "kgx.secrecy"), agencyId, id, "PassConfidentialityReview");
        await ActOkAsync(await StaffClient.SignInAsync(app, "kgx.approver"), agencyId, id, "Approve");
        return (agencyId, id, title);
    }

    private static async Task ActOkWithCommentAsync(HttpClient client, int agencyId, int id, string action, string comment)
    {
        using var response = await ActAsync(client, agencyId, id, action, comment);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task RetitleInDatabaseAsync(OgiWebFactory<Program> app, int id, string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>();
        Assert.Equal(1, await db.Items.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Title, title)));
    }
}
