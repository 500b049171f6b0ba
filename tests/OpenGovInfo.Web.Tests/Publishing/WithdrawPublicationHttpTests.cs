using System.Net;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;
using static OpenGovInfo.Web.Tests.Publishing.ItemClient;

namespace OpenGovInfo.Web.Tests.Publishing;

/// <summary>
/// 撤回 of a published item with a reason: the portal answers 410 with a short Chinese notice (no title, no reason),
/// lists, search, the feed, the sitemap and the API no longer have it; the staff page keeps the history with the reason.
/// An item that was never published still answers 404.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class WithdrawPublicationHttpTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_withdrawn_publication_is_gone_everywhere_public_and_kept_in_the_history(string provider)
    {
        var app = apps.For(provider);
        var anonymous = StaffClient.Anonymous(app);
        var agencyId = (await DemoIds.AgenciesAsync(anonymous))[DemoDistrict.Bureau];
        var word = "撤回测试" + Guid.NewGuid().ToString("N")[..6];
        var title = $"关于{word}的工作动态";
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var id = await DraftAsync(editor, agencyId, title, "work_updates", $"<p>{word}正文。</p>");
        await ActOkAsync(editor, agencyId, id, "Submit");
        await ActOkAsync(await StaffClient.SignInAsync(app, "kgx.secrecy"), agencyId, id, "PassConfidentialityReview");
        var approver = await StaffClient.SignInAsync(app, "kgx.approver");
        await ActOkAsync(approver, agencyId, id, "Approve");
        Assert.Contains(title, await anonymous.GetStringAsync($"/items/{id}"), StringComparison.Ordinal);
        Assert.Contains($"/items/{id}", await anonymous.GetStringAsync($"/search?q={Uri.EscapeDataString(title)}"), StringComparison.Ordinal);

        using (var noReason = await ActAsync(approver, agencyId, id, "Withdraw"))
        {
            Assert.Contains("撤回必须说明理由", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var withdrawn = await ActAsync(approver, agencyId, id, "Withdraw", "文件已被新文件替代，撤回"))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        using var gone = await anonymous.GetAsync($"/items/{id}");
        var notice = await gone.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("信息已撤回", notice, StringComparison.Ordinal);
        Assert.Matches(@"该信息已于 \d{4}年\d{1,2}月\d{1,2}日 撤回，不再公开。", notice);
        Assert.DoesNotContain(word, notice, StringComparison.Ordinal);
        Assert.DoesNotContain("新文件替代", notice, StringComparison.Ordinal);
        Assert.Equal("text/html", gone.Content.Headers.ContentType?.MediaType);

        Assert.DoesNotContain(title, await anonymous.GetStringAsync($"/agencies/{agencyId}/items"), StringComparison.Ordinal);
        Assert.DoesNotContain($"/items/{id}\"", await anonymous.GetStringAsync($"/search?q={Uri.EscapeDataString(word)}"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await anonymous.GetStringAsync("/feed.atom"), StringComparison.Ordinal);
        Assert.DoesNotContain($"/items/{id}<", await anonymous.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        using (var api = await anonymous.GetAsync($"/api/v1/items/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        }

        var staff = await approver.GetStringAsync($"/staff/agencies/{agencyId}/items/{id}");
        Assert.Contains("已撤回", staff, StringComparison.Ordinal);
        Assert.Contains("文件已被新文件替代，撤回", staff, StringComparison.Ordinal);

        // Never published: still a plain 404.
        var draft = await DraftAsync(editor, agencyId, $"{word}草稿", "work_updates", "<p>草稿。</p>");
        using var missing = await anonymous.GetAsync($"/items/{draft}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
