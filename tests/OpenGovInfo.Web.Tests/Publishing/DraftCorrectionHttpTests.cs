using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;
using static OpenGovInfo.Web.Tests.Publishing.ItemClient;

namespace OpenGovInfo.Web.Tests.Publishing;

/// <summary>
/// A returned draft is corrected with a 更正说明, loses an attachment with a reason, and is finally withdrawn with a
/// reason: each reason lands in the item's history; without a reason nothing changes; a reviewer cannot remove files.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class DraftCorrectionHttpTests(WebApps apps)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Corrections_removed_attachments_and_withdrawal_are_recorded_with_their_reasons(string provider)
    {
        var app = apps.For(provider);
        var agencyId = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var title = $"更正测试{provider}{Guid.NewGuid():N}"[..24];
        var id = await DraftAsync(editor, agencyId, title, "work_updates", "<p>含企业内部数据的正文。</p>");
        using (var upload = await UploadAsync(editor, agencyId, id, "内部数据.pdf", Pdf))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        await ActOkAsync(editor, agencyId, id, "Submit");
        var secrecy = await StaffClient.SignInAsync(app, "kgx.secrecy");
        using (var returned = await ActAsync(secrecy, agencyId, id, "Return", "附件含企业内部数据，请撤下"))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        // 更正说明 saved with the change.
        using (var corrected = await StaffClient.PostFormAsync(editor, $"/staff/agencies/{agencyId}/items/{id}/edit", new()
        {
            ["Form.Title"] = title,
            ["Form.CategoryCode"] = "work_updates",
            ["Form.BodyHtml"] = "<p>已删除企业内部数据的正文。</p>",
            ["Form.FormedOn"] = "2026-01-05",
            ["Form.Validity"] = "Valid",
            ["Form.Portal"] = "true",
            ["CorrectionReason"] = "按保密审查意见删除第二段",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        }

        var page = await editor.GetStringAsync($"/staff/agencies/{agencyId}/items/{id}");
        Assert.Contains("更正", page, StringComparison.Ordinal);
        Assert.Contains("按保密审查意见删除第二段", page, StringComparison.Ordinal);
        var remove = RemoveLink().Match(page).Groups[1].Value;
        Assert.StartsWith($"/staff/agencies/{agencyId}/items/{id}/attachments/", remove, StringComparison.Ordinal);

        // A reviewer may open the page but not remove; the editor must give a reason.
        using (var byReviewer = await StaffClient.PostFormAsync(secrecy, remove, new() { ["Reason"] = "审查员想撤下" }))
        {
            Assert.Contains("撤下附件需要“信息员”角色", await byReviewer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var noReason = await StaffClient.PostFormAsync(editor, remove, new() { ["Reason"] = " " }))
        {
            Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
            Assert.Contains("撤下附件必须说明理由", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Contains("内部数据.pdf", await editor.GetStringAsync($"/staff/agencies/{agencyId}/items/{id}"), StringComparison.Ordinal);
        using (var removed = await StaffClient.PostFormAsync(editor, remove, new() { ["Reason"] = "附件含企业内部数据" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        page = await editor.GetStringAsync($"/staff/agencies/{agencyId}/items/{id}");
        Assert.Contains("撤下附件", page, StringComparison.Ordinal);
        Assert.Contains("“内部数据.pdf”：附件含企业内部数据", page, StringComparison.Ordinal);
        Assert.Contains("无附件。", page, StringComparison.Ordinal);
        using (var gone = await editor.GetAsync(remove))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        // Withdrawing the draft needs a reason too, and keeps the history.
        using (var noReason = await ActAsync(editor, agencyId, id, "Withdraw"))
        {
            Assert.Contains("撤回必须说明理由", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await ActOkWithReasonAsync(editor, agencyId, id, "Withdraw", "该事项改由区政府统一发布");
        page = await editor.GetStringAsync($"/staff/agencies/{agencyId}/items/{id}");
        Assert.Equal("已撤回", ItemState().Match(page).Groups[1].Value);
        Assert.Contains("该事项改由区政府统一发布", page, StringComparison.Ordinal);
        Assert.Contains("按保密审查意见删除第二段", page, StringComparison.Ordinal);
        using var portal = await StaffClient.Anonymous(app).GetAsync($"/items/{id}");
        Assert.Equal(HttpStatusCode.NotFound, portal.StatusCode);
    }

    private static async Task ActOkWithReasonAsync(HttpClient client, int agencyId, int itemId, string action, string reason)
    {
        using var response = await ActAsync(client, agencyId, itemId, action, reason);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex(@"href=""(/staff/agencies/\d+/items/\d+/attachments/\d+/remove)""")]
    private static partial Regex RemoveLink();

    [GeneratedRegex(@"id=""item-state"">([^<]+)<")]
    private static partial Regex ItemState();
}
