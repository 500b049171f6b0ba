using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Applications;

/// <summary>The staff side over HTTP: registration by channel, the dashboard reminder, who sees the applicant, who sees which steps.</summary>
[Collection(WebCollection.Name)]
public sealed partial class ApplicationStaffHttpTests(WebApps apps)
{
    private const string Bureau = "平桥区科学技术和工业信息化局";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Registration_applies_the_channel_rule_and_the_case_page_shows_each_role_its_own_view(string provider)
    {
        var app = apps.For(provider);
        var officer = await StaffClient.SignInAsync(app, "kgx.editor");
        var bureau = (await DemoIds.AgenciesAsync(officer))[Bureau];
        var fields = new Dictionary<string, string>
        {
            ["Channel"] = "PostSigned", ["ArrivedOn"] = "2026-03-02",
            ["Input.Kind"] = "organisation", ["Input.Name"] = "平桥明德律师事务所", ["Input.OrganisationType"] = "法律服务机构",
            ["Input.CreditCode"] = "91110108MA01A1B2C7", ["Input.LegalRepresentative"] = "李明", ["Input.ContactName"] = "赵律师",
            ["Input.Phone"] = "0376-6231234", ["Input.Description"] = "某地块征收补偿方案（登记测试）", ["Input.DeliveryForm"] = "paper", ["Input.Address"] = "胜利路8号",
        };
        var before = await ApplicationApiTests.CountAsync(app);
        using (var refused = await StaffClient.PostFormAsync(officer, $"/staff/agencies/{bureau}/applications/new", new(fields)))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("须填写签收日期", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await ApplicationApiTests.CountAsync(app));
        fields["ConfirmedOn"] = "2026-03-04";
        using var created = await StaffClient.PostFormAsync(officer, $"/staff/agencies/{bureau}/applications/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var caseUrl = created.Headers.Location!.OriginalString;
        var page = await officer.GetStringAsync(caseUrl);
        Assert.Contains("查询密码", page, StringComparison.Ordinal); // shown once, to hand to the applicant
        Assert.Contains("2026-03-04", ById(page, "received-on"), StringComparison.Ordinal); // 挂号邮寄: 签收之日
        Assert.Contains("91110108MA01A1B2C7", page, StringComparison.Ordinal);
        Assert.Contains("id=\"step-form\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("查询密码", await officer.GetStringAsync(caseUrl), StringComparison.Ordinal);

        var approver = await StaffClient.SignInAsync(app, "kgx.approver");
        var approverPage = await approver.GetStringAsync(caseUrl);
        Assert.DoesNotContain("id=\"step-form\"", approverPage, StringComparison.Ordinal);
        Assert.Contains("id=\"extension-form\"", approverPage, StringComparison.Ordinal);

        var supervisor = await StaffClient.SignInAsync(app, "gkb.supervisor");
        var supervised = await supervisor.GetStringAsync(caseUrl);
        Assert.Contains("赵**", supervised, StringComparison.Ordinal);
        Assert.DoesNotContain("赵律师", supervised, StringComparison.Ordinal);
        Assert.DoesNotContain("0376-6231234", supervised, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"step-form\"", supervised, StringComparison.Ordinal);

        var admin = await StaffClient.SignInAsync(app, "kgx.admin");
        Assert.DoesNotContain("赵律师", await admin.GetStringAsync(caseUrl), StringComparison.Ordinal); // 机关管理员 has no case role

        var id = int.Parse(caseUrl.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = app.Services.CreateAsyncScope();
        var views = await scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>().PersonalDataViews.Where(v => v.ApplicationId == id).CountAsync();
        Assert.Equal(3, views); // the officer twice and the approver once; masked views are not views of personal data
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_dashboard_reminder_agrees_with_the_overdue_queue(string provider)
    {
        var app = apps.For(provider);
        var officer = await StaffClient.SignInAsync(app, "kgx.editor");
        var bureau = (await DemoIds.AgenciesAsync(officer))[Bureau];
        var dashboard = ById(await officer.GetStringAsync($"/staff/agencies/{bureau}"), "case-reminder");
        var overdue = int.Parse(OverdueCount().Match(dashboard).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(overdue >= 1, "the demo bureau has a case received 45 days ago without a reply");
        var queue = await officer.GetStringAsync("/staff/applications?scope=overdue");
        Assert.Contains($"共 {overdue} 件", queue, StringComparison.Ordinal);
        Assert.Contains("due-overdue", queue, StringComparison.Ordinal);

        var supervisor = await StaffClient.SignInAsync(app, "gkb.supervisor");
        var agencies = await DemoIds.AgenciesAsync(supervisor);
        Assert.Contains("全区在办申请", ById(await supervisor.GetStringAsync($"/staff/agencies/{agencies["平桥区人民政府办公室"]}"), "case-reminder"), StringComparison.Ordinal);
        var overview = await supervisor.GetStringAsync("/staff/applications");
        Assert.Contains("平桥区财政局", overview, StringComparison.Ordinal); // every agency's at-risk cases, with the agency column
        var filtered = await supervisor.GetStringAsync($"/staff/applications?scope=all&agency={agencies["平桥区财政局"]}");
        var table = filtered[filtered.IndexOf("<tbody>", StringComparison.Ordinal)..filtered.IndexOf("</tbody>", StringComparison.Ordinal)];
        Assert.Contains("<td>平桥区财政局</td>", table, StringComparison.Ordinal);
        Assert.DoesNotContain($"<td>{Bureau}</td>", table, StringComparison.Ordinal);
        // An officer cannot widen the queue to another agency by the query string.
        var own = await officer.GetStringAsync($"/staff/applications?scope=all&agency={agencies["平桥区财政局"]}");
        Assert.DoesNotContain("财政局", own[own.IndexOf("<tbody>", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    private static string ById(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no #{id}");
        return html[start..Math.Min(html.Length, start + 600)];
    }

    [GeneratedRegex(@"已逾期 <strong>(\d+)</strong>")]
    private static partial Regex OverdueCount();
}
