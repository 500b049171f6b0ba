using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
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
        var first = apps.For("PostgreSql");
        await using var second = new OgiWebFactory<Program>(first.Database, settings: new Dictionary<string, string>
        {
            ["Portal:Cache:SyncSeconds"] = "0.2",
        });
        var reader = StaffClient.Anonymous(second);
        var (agencyId, id, title) = await PublishAsync(first, "跨节点缓存测试");
        // Let the reader's poll see the publication first, so that only the withdrawal below is news to it.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Contains(title, await reader.GetStringAsync($"/items/{id}"), StringComparison.Ordinal);
        await RetitleInDatabaseAsync(first, id, title + "（改）");
        Assert.DoesNotContain(title + "（改）", await reader.GetStringAsync($"/items/{id}"), StringComparison.Ordinal);

        var approver = await StaffClient.SignInAsync(first, "kgx.approver");
        await ActOkWithCommentAsync(approver, agencyId, id, "Withdraw", "信息有误，撤回修改");

        var deadline = DateTime.UtcNow.AddSeconds(15);
        HttpStatusCode status;
        do
        {
            await Task.Delay(100);
            using var response = await reader.GetAsync($"/items/{id}");
            status = response.StatusCode;
        }
        while (status == HttpStatusCode.OK && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.Gone, status);
    }

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
