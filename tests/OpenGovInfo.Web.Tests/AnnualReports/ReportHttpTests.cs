using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.AnnualReports;

/// <summary>
/// The annual report through the staff pages: the officer compiles, edits the narrative and submits; 政务公开办
/// returns it; the officer fixes and resubmits; 政务公开办 clears it; it appears on the portal's 年报 column with
/// DOCX and PDF downloads and in the open-data API.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReportHttpTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_compiles_and_submits_the_office_returns_then_clears_and_the_portal_publishes_it(string provider)
    {
        var app = apps.For(provider);
        var anonymous = StaffClient.Anonymous(app);
        var bureau = (await DemoIds.AgenciesAsync(anonymous))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var supervisor = await StaffClient.SignInAsync(app, "gkb.supervisor");
        var page = $"/staff/agencies/{bureau}/reports/2024";

        // The 2023 preview is the seed's: zeros, every cell a link to its (empty) records.
        var preview2023 = await editor.GetStringAsync($"/staff/agencies/{bureau}/reports/2023");
        Assert.Contains("尚未保存", preview2023, StringComparison.Ordinal);
        Assert.Contains("共主动公开政府信息36条", preview2023, StringComparison.Ordinal);
        var preview = await editor.GetStringAsync(page);
        Assert.Contains("按现有记录重新编制并保存", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("审核通过并公开", preview, StringComparison.Ordinal);
        var drill = await editor.GetStringAsync(page + "/cell?key=proactive.administrative_penalty.decisions_this_year");
        Assert.Contains("平科工信罚〔2024〕1号", drill, StringComparison.Ordinal);
        Assert.Contains("计入 <strong>1</strong> 条", drill, StringComparison.Ordinal);

        await PostAsync(editor, page + "?handler=Save", new() { ["Overview"] = Section(preview, "Overview"), ["ProblemsAndImprovements"] = "信息发布及时性有待提高。", ["OtherMatters"] = "" });
        await PostAsync(editor, page + "?handler=Submit", []);
        var waiting = await supervisor.GetStringAsync("/staff/reports?year=2024");
        Assert.Contains($"/staff/agencies/{bureau}/reports/2024\">审核", waiting, StringComparison.Ordinal);
        Assert.Contains("审核通过并公开", await supervisor.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/staff/reports")).StatusCode);

        await PostAsync(supervisor, page + "?handler=Return", new() { ["Comment"] = "请在第五部分写明整改措施。" });
        var returned = await editor.GetStringAsync(page);
        Assert.Contains("已退回", returned, StringComparison.Ordinal);
        Assert.Contains("请在第五部分写明整改措施。", returned, StringComparison.Ordinal);
        await PostAsync(editor, page + "?handler=Save", new()
        {
            ["Overview"] = Section(returned, "Overview"), ["ProblemsAndImprovements"] = "信息发布及时性有待提高。整改措施：建立发布台账，每月通报。",
            ["OtherMatters"] = Section(returned, "OtherMatters"),
        });
        await PostAsync(editor, page + "?handler=Submit", []);
        await PostAsync(supervisor, page + "?handler=Clear", new() { ["Comment"] = "" });
        Assert.Contains("已公开", await editor.GetStringAsync(page), StringComparison.Ordinal);

        var portal = await anonymous.GetStringAsync($"/agencies/{bureau}");
        Assert.Contains($"/agencies/{bureau}/annual-reports/2024.html\">{DemoDistrict.Bureau}2024年政府信息公开工作年度报告", portal, StringComparison.Ordinal);
        var html = await anonymous.GetStringAsync($"/agencies/{bureau}/annual-reports/2024.html");
        Assert.Contains("建立发布台账", html, StringComparison.Ordinal);
        var docx = await anonymous.GetByteArrayAsync($"/agencies/{bureau}/annual-reports/2024.docx");
        Assert.Equal("PK", Encoding.ASCII.GetString(docx, 0, 2));
        var pdf = await anonymous.GetByteArrayAsync($"/agencies/{bureau}/annual-reports/2024.pdf");
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));

        var listed = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/agencies/{bureau}/annual-reports");
        var entry = listed.EnumerateArray().Single(e => e.GetProperty("year").GetInt32() == 2024);
        var json = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/agencies/{bureau}/annual-reports/2024");
        Assert.Equal("opengovinfo/annual-report@1", json.GetProperty("schema").GetString());
        Assert.Equal(1, json.GetProperty("proactive").GetProperty("administrative_penalty").GetProperty("decisions_this_year").GetInt32());
        using var csv = await anonymous.GetAsync($"/api/v1/agencies/{bureau}/annual-reports/2024.csv");
        Assert.Equal(entry.GetProperty("sha256").GetString(), (await anonymous.GetAsync($"/agencies/{bureau}/annual-reports/2024.json")).Headers.GetValues("X-Content-SHA256").Single());
        Assert.Contains("applications.granted.total", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/agencies/{bureau}/annual-reports/2025")).StatusCode);
    }

    private static async Task PostAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        using var response = await StaffClient.PostFormAsync(client, path, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The text of a textarea as the page shows it (HTML-decoded).</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        var open = html.IndexOf('>', start) + 1;
        return WebUtility.HtmlDecode(html[open..html.IndexOf("</textarea>", open, StringComparison.Ordinal)]);
    }
}
