using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using OpenGovInfo.Documents.Writing;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.AnnualReports;

/// <summary>
/// Reminders on the report pages, the district report's drill-down, and importing a published report through the
/// upload page — with its error paths (each a precise Chinese message, nothing stored) on both databases.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReportWorkflowHttpTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Agency_pages_and_the_dashboard_show_days_left_or_days_late(string provider)
    {
        var app = apps.For(provider);
        var education = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))["平桥区教育局"];
        var supervisor = await StaffClient.SignInAsync(app, "gkb.supervisor");
        var today = ChinaTime.Today(TimeProvider.System);
        var due = new DateOnly(today.Year, 1, 31);
        var expected = today > due
            ? $"平桥区教育局{today.Year - 1}年年报已逾期 {today.DayNumber - due.DayNumber} 天"
            : $"平桥区教育局{today.Year - 1}年年报距公开期限还有 {due.DayNumber - today.DayNumber} 天";

        var agencyPage = await supervisor.GetStringAsync($"/staff/agencies/{education}/reports");
        Assert.Contains("年报公开期限提醒", agencyPage, StringComparison.Ordinal);
        Assert.Contains(expected, agencyPage, StringComparison.Ordinal);
        var yearPage = await supervisor.GetStringAsync($"/staff/agencies/{education}/reports/{today.Year - 1}");
        Assert.Contains("id=\"report-reminder\"", yearPage, StringComparison.Ordinal);
        Assert.Contains(expected, yearPage, StringComparison.Ordinal);
        var dashboard = await supervisor.GetStringAsync("/staff/reports");
        Assert.Contains(expected, dashboard, StringComparison.Ordinal);
        Assert.Contains(DemoDistrict.Government, dashboard[dashboard.IndexOf("report-reminders", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task District_cells_link_to_each_members_part_and_from_there_to_its_records(string provider)
    {
        var app = apps.For(provider);
        var supervisor = await StaffClient.SignInAsync(app, "gkb.supervisor");
        var district = await supervisor.GetStringAsync("/staff/reports/district?Year=2024");
        const string key = "applications.new_received.total";
        Assert.Contains($"/staff/reports/district/cell?Year=2024&amp;Key={key}", district, StringComparison.Ordinal);
        Assert.Contains("编制、报送全区年度报告", district, StringComparison.Ordinal);

        var cell = await supervisor.GetStringAsync($"/staff/reports/district/cell?Year=2024&Key={key}");
        var ids = await DemoIds.AgenciesAsync(StaffClient.Anonymous(app));
        foreach (var (name, id) in ids)
        {
            Assert.Contains(name, cell, StringComparison.Ordinal);
            Assert.Contains($"/staff/agencies/{id}/reports/2024/cell?key={key}", cell, StringComparison.Ordinal);
        }

        var bureauRecords = await supervisor.GetStringAsync($"/staff/agencies/{ids[DemoDistrict.Bureau]}/reports/2024/cell?key={key}");
        Assert.Contains("id=\"cell-records\"", bureauRecords, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync("/staff/reports/district/cell?Year=2024&Key=applications.nothing")).StatusCode);
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/staff/reports/district/cell?Year=2024&Key={key}")).StatusCode);

        // The government's report page is the district report: its cells drill down by member, and 政务公开办 drafts it.
        var government = await supervisor.GetStringAsync($"/staff/agencies/{ids[DemoDistrict.Government]}/reports/2024");
        Assert.Contains("id=\"district-scope\"", government, StringComparison.Ordinal);
        Assert.Contains($"/staff/reports/district/cell?Year=2024&amp;Key={key}", government, StringComparison.Ordinal);
        Assert.Contains("按现有记录重新编制并保存", government, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_published_report_file_is_previewed_refused_when_wrong_and_imported_when_confirmed(string provider)
    {
        var app = apps.For(provider);
        var bureau = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var supervisor = await StaffClient.SignInAsync(app, "gkb.supervisor");
        var path = $"/staff/agencies/{bureau}/reports/2022/import";

        // The bureau's 2022 report as it would have been published (the seed's figures, rendered to DOCX).
        var seed = TruthData.Seed();
        seed.Year = 2022;
        seed.Agency = DemoDistrict.Bureau;
        using var rendered = new MemoryStream();
        ReportRenderers.Find("docx")!.Render(seed, rendered);
        var docx = rendered.ToArray();

        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync(path)).StatusCode);
        Assert.Contains($"/staff/agencies/{bureau}/reports/2022/import", await editor.GetStringAsync($"/staff/agencies/{bureau}/reports"), StringComparison.Ordinal);

        Assert.Contains("请选择已公开的年度报告文件。", await PostAsync(editor, path, "Preview", null, null), StringComparison.Ordinal);
        Assert.Contains("无法从该文件读出年度报告", await PostAsync(editor, path, "Preview", ("notes.txt", Encoding.UTF8.GetBytes("会议纪要")), null), StringComparison.Ordinal);
        Assert.Contains("仅支持 PDF、DOCX、HTML 或文本", await PostAsync(editor, path, "Preview", ("report.exe", docx), null), StringComparison.Ordinal);
        Assert.Contains("文件是2022年的年度报告，与所选的2021年不符。",
            await PostAsync(editor, $"/staff/agencies/{bureau}/reports/2021/import", "Preview", ("2022.docx", docx), null), StringComparison.Ordinal);

        var preview = await PostAsync(editor, path, "Preview", ("2022.docx", docx), null);
        var hash = Convert.ToHexStringLower(SHA256.HashData(docx));
        Assert.Contains("id=\"import-preview\"", preview, StringComparison.Ordinal);
        Assert.Contains($"value=\"{hash}\"", preview, StringComparison.Ordinal);
        Assert.Contains("确认导入", preview, StringComparison.Ordinal);

        // Confirmation with another file or without a date stores nothing.
        var other = await PostAsync(editor, path, "Confirm", ("notes.txt", Encoding.UTF8.GetBytes("会议纪要")), new() { ["Sha256"] = hash, ["PublishedOn"] = "2023-01-20" });
        Assert.Contains("无法从该文件读出年度报告", other, StringComparison.Ordinal);
        var noDate = await PostAsync(editor, path, "Confirm", ("2022.docx", docx), new() { ["Sha256"] = hash, ["PublishedOn"] = "" });
        Assert.Contains("请填写该报告的公开日期。", noDate, StringComparison.Ordinal);
        Assert.Contains("id=\"import-preview\"", noDate, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await RawPostAsync(supervisor, path, "Confirm", ("2022.docx", docx), new() { ["Sha256"] = hash, ["PublishedOn"] = "2023-01-20" })).StatusCode);
        Assert.DoesNotContain("（导入）", await editor.GetStringAsync($"/staff/agencies/{bureau}/reports"), StringComparison.Ordinal);

        using var confirmed = await RawPostAsync(editor, path, "Confirm", ("2022.docx", docx), new() { ["Sha256"] = hash, ["PublishedOn"] = "2023-01-20" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var stored = await editor.GetStringAsync($"/staff/agencies/{bureau}/reports/2022");
        Assert.Contains("已公开", stored, StringComparison.Ordinal);
        Assert.Contains("导入", stored, StringComparison.Ordinal);
        Assert.Contains(hash, stored, StringComparison.Ordinal);
        Assert.Contains("已公开（导入）", await editor.GetStringAsync($"/staff/agencies/{bureau}/reports"), StringComparison.Ordinal);
        Assert.Contains("不能重复导入", await PostAsync(editor, path, "Preview", ("2022.docx", docx), null), StringComparison.Ordinal);

        // On the portal: the original as published, and the figures as open data.
        var portal = await StaffClient.Anonymous(app).GetStringAsync($"/agencies/{bureau}");
        Assert.Contains($"/agencies/{bureau}/annual-reports/2022.docx\">原文（DOCX）", portal, StringComparison.Ordinal);
        Assert.Equal(docx, await StaffClient.Anonymous(app).GetByteArrayAsync($"/agencies/{bureau}/annual-reports/2022.docx"));
        var json = await StaffClient.Anonymous(app).GetStringAsync($"/agencies/{bureau}/annual-reports/2022.json");
        Assert.Contains("2022", json, StringComparison.Ordinal);
    }

    private static async Task<string> PostAsync(HttpClient client, string path, string handler, (string Name, byte[] Bytes)? file, Dictionary<string, string>? fields)
    {
        using var response = await RawPostAsync(client, path, handler, file, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> RawPostAsync(HttpClient client, string path, string handler, (string Name, byte[] Bytes)? file, Dictionary<string, string>? fields)
    {
        var page = await client.GetAsync(path);
        var token = page.StatusCode == HttpStatusCode.OK
            ? StaffClient.TokenOf(await page.Content.ReadAsStringAsync())
            : StaffClient.TokenOf(await client.GetStringAsync("/staff/account/password"));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, value) in fields ?? [])
        {
            form.Add(new StringContent(value), name);
        }

        if (file is { } f)
        {
            form.Add(new ByteArrayContent(f.Bytes), "Upload", f.Name);
        }

        return await client.PostAsync(path + "?handler=" + handler.ToString(CultureInfo.InvariantCulture), form);
    }
}
