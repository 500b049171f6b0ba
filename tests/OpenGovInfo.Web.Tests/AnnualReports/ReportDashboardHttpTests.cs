using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.AnnualReports;

/// <summary>政务公开办's dashboard on /staff/reports: key ratios, SVG trend charts readable without JavaScript, the Excel export, the district roll-up.</summary>
[Collection(WebCollection.Name)]
public sealed class ReportDashboardHttpTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_office_sees_ratios_and_svg_trends_for_2023_to_2025_and_exports_them_to_excel(string provider)
    {
        var app = apps.For(provider);
        var supervisor = await StaffClient.SignInAsync(app, "gkb.supervisor");
        var page = await supervisor.GetStringAsync("/staff/reports?Year=2025");

        Assert.Contains("关键指标（2023–2025年）", page, StringComparison.Ordinal);
        Assert.Contains("id=\"key-ratios\"", page, StringComparison.Ordinal);
        Assert.Contains("全区合计", page, StringComparison.Ordinal);
        Assert.Contains(DemoDistrict.Bureau, page, StringComparison.Ordinal);

        // Inline SVG, drawn on the server: classes and presentation attributes only (the CSP forbids style="…"),
        // each chart named and described in text.
        Assert.Contains("<svg class=\"trend-chart\"", page, StringComparison.Ordinal);
        Assert.Contains("<polyline class=\"trend-granted\"", page, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", page, StringComparison.Ordinal);
        Assert.Matches("<desc id=\"trend-[^\"]+\">2023年予以公开率", page);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);

        var response = await supervisor.GetAsync("/staff/reports/export.xlsx?Year=2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToList())
            .ToList();
        Assert.Equal("机关", rows[0][0]);
        Assert.Contains("予以公开率", rows[0]);
        Assert.Contains(rows, r => r[0] == DemoDistrict.Bureau && r[1] == "2023");
        Assert.Contains(rows, r => r[0] == "全区合计" && r[1] == "2025");
        var agencies = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app))).Count;
        Assert.Equal(1 + ((agencies + 1) * 3), rows.Count);

        // The district report, rolled up on the fly, keeps every rule (cross-year too) and lists every member.
        Assert.Contains("href=\"/staff/reports/district?Year=2025\"", page, StringComparison.Ordinal);
        var district = await supervisor.GetStringAsync("/staff/reports/district?Year=2025");
        Assert.Contains("平桥区人民政府2025年政府信息公开工作年度报告（汇总）", district, StringComparison.Ordinal);
        Assert.Contains("id=\"district-ok\"", district, StringComparison.Ordinal);
        Assert.Equal(agencies, System.Text.RegularExpressions.Regex.Count(district, ">年报</a>"));

        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/staff/reports/export.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/staff/reports/district")).StatusCode);
    }
}
