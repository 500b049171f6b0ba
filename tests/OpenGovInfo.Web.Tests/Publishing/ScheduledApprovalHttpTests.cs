using System.Globalization;
using System.Net;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Web.Tests.Infrastructure;
using static OpenGovInfo.Web.Tests.Publishing.ItemClient;

namespace OpenGovInfo.Web.Tests.Publishing;

/// <summary>The approver schedules a release (定时发布) from the item page; a time in the past is refused in Chinese.</summary>
[Collection(WebCollection.Name)]
public sealed class ScheduledApprovalHttpTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(OpenGovInfo.Testing.Web.TestDatabase.Providers), MemberType = typeof(OpenGovInfo.Testing.Web.TestDatabase))]
    public async Task An_approver_schedules_a_release_and_the_item_stays_off_the_portal_until_then(string provider)
    {
        var app = apps.For(provider);
        var anonymous = StaffClient.Anonymous(app);
        var agencyId = (await DemoIds.AgenciesAsync(anonymous))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var id = await DraftAsync(editor, agencyId, "定时发布测试" + provider, "work_updates", "<p>正文</p>");
        await ActOkAsync(editor, agencyId, id, "Submit");
        await ActOkAsync(await StaffClient.SignInAsync(app, "kgx.secrecy"), agencyId, id, "PassConfidentialityReview");
        var approver = await StaffClient.SignInAsync(app, "kgx.approver");
        var chinaNow = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        Assert.Contains("定时发布时间", await approver.GetStringAsync($"/staff/agencies/{agencyId}/items/{id}"), StringComparison.Ordinal);

        using (var past = await ApproveAsync(approver, agencyId, id, chinaNow.AddHours(-1)))
        {
            Assert.Equal(HttpStatusCode.OK, past.StatusCode);
            Assert.Contains("定时发布的时间必须晚于当前时间", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // 0001-01-01T07:59 Beijing time is before DateTimeOffset.MinValue in UTC: refused in Chinese, not a 500.
        using (var ancient = await StaffClient.PostFormAsync(approver, $"/staff/agencies/{agencyId}/items/{id}", new()
        {
            ["action"] = "Approve",
            ["Comment"] = string.Empty,
            ["ScheduledFor"] = "0001-01-01T07:59",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, ancient.StatusCode);
            Assert.Contains("定时发布时间无效", await ancient.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var future = await ApproveAsync(approver, agencyId, id, chinaNow.AddDays(2)))
        {
            Assert.Equal(HttpStatusCode.Redirect, future.StatusCode);
        }

        var staffPage = await approver.GetStringAsync($"/staff/agencies/{agencyId}/items/{id}");
        Assert.Contains("定时发布", staffPage, StringComparison.Ordinal);
        Assert.Contains("撤回", staffPage, StringComparison.Ordinal);
        using var portal = await anonymous.GetAsync($"/items/{id}");
        Assert.Equal(HttpStatusCode.NotFound, portal.StatusCode);
    }

    private static Task<HttpResponseMessage> ApproveAsync(HttpClient approver, int agencyId, int id, DateTimeOffset chinaTime) =>
        StaffClient.PostFormAsync(approver, $"/staff/agencies/{agencyId}/items/{id}", new()
        {
            ["action"] = "Approve",
            ["Comment"] = string.Empty,
            ["ScheduledFor"] = chinaTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        });
}
