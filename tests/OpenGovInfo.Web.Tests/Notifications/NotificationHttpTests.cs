using System.Net;
using System.Text.RegularExpressions;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;
using static OpenGovInfo.Web.Tests.Publishing.ItemClient;

namespace OpenGovInfo.Web.Tests.Notifications;

/// <summary>
/// A returned draft reaches its author as a notification (counted in the header) and in the work queue on the staff
/// home; the reviewer's queue holds items waiting for review; marking read clears the count for oneself only.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class NotificationHttpTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_returned_draft_is_in_the_authors_queue_and_notifications_until_read(string provider)
    {
        var app = apps.For(provider);
        var agencyId = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var secrecy = await StaffClient.SignInAsync(app, "kgx.secrecy");
        await MarkAllReadAsync(secrecy);
        var title = "通知退回测试" + provider;
        var id = await DraftAsync(editor, agencyId, title, "work_updates", "<p>正文</p>");
        await ActOkAsync(editor, agencyId, id, "Submit");

        var reviewerHome = await secrecy.GetStringAsync($"/staff/agencies/{agencyId}");
        Assert.Contains($"<a href=\"/staff/agencies/{agencyId}/items/{id}\">{title}</a>", reviewerHome, StringComparison.Ordinal);
        Assert.Contains("待保密审查", reviewerHome, StringComparison.Ordinal);
        Assert.Equal(1, UnreadOf(reviewerHome));
        Assert.Contains($"信息《{title}》等待保密审查", await secrecy.GetStringAsync("/staff/notifications"), StringComparison.Ordinal);

        await MarkAllReadAsync(editor);
        using (await ActAsync(secrecy, agencyId, id, "Return", "请补充发布依据"))
        {
        }

        var home = await editor.GetStringAsync($"/staff/agencies/{agencyId}");
        var queue = home[home.IndexOf("id=\"work-queue\"", StringComparison.Ordinal)..];
        Assert.Contains(title, queue, StringComparison.Ordinal);
        Assert.Contains("已退回，待修改后重新提交", queue, StringComparison.Ordinal);
        Assert.Equal(1, UnreadOf(home));
        var page = await editor.GetStringAsync("/staff/notifications");
        Assert.Contains($"您起草的信息《{title}》已被退回。意见：请补充发布依据", page, StringComparison.Ordinal);

        // Another person's id changes nothing; the author's own mark-all clears the count.
        var noteId = NotificationId().Match(page).Groups[1].Value;
        using (var foreign = await StaffClient.PostFormAsync(secrecy, $"/staff/notifications?handler=Read&id={noteId}", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, foreign.StatusCode);
        }

        Assert.Equal(1, UnreadOf(await editor.GetStringAsync("/staff/notifications")));
        await MarkAllReadAsync(editor);
        Assert.Equal(0, UnreadOf(await editor.GetStringAsync("/staff/notifications")));
    }

    private static async Task MarkAllReadAsync(HttpClient client)
    {
        using var response = await StaffClient.PostFormAsync(client, "/staff/notifications?handler=ReadAll", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static int UnreadOf(string html)
    {
        var match = UnreadCount().Match(html);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex("id=\"unread-count\"[^>]*>(\\d+)<")]
    private static partial Regex UnreadCount();

    [GeneratedRegex("handler=Read&amp;id=(\\d+)")]
    private static partial Regex NotificationId();
}
