using System.Text.RegularExpressions;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Portal;

/// <summary>
/// The 年报 part of the disclosure column: the demo bureau's 2023 report is listed, its page shows the report's
/// tables, and its DOCX attachment reads back to the sample's numbers.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class AnnualReportColumnTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_bureau_column_lists_its_2023_report_with_the_tables_and_a_readable_docx(string provider)
    {
        var client = StaffClient.Anonymous(apps.For(provider));
        var sample = AnnualReportJsonReader.ReadFile(SharedPaths.InRepository("samples", "pingqiao-2023.json")).Report!;
        var agencyId = (await DemoIds.AgenciesAsync(client))[DemoDistrict.Bureau];

        var column = await client.GetStringAsync($"/agencies/{agencyId}");
        Assert.DoesNotContain("建设中", column, StringComparison.Ordinal);
        var link = Regex.Match(column, $"<a href=\"(/items/\\d+)\">{Regex.Escape(sample.Title)}</a>");
        Assert.True(link.Success, "the column does not link the 2023 annual report");

        var page = await client.GetStringAsync(link.Groups[1].Value);
        Assert.Contains("<table", page, StringComparison.Ordinal);
        Assert.Contains("收到和处理政府信息公开申请情况", page, StringComparison.Ordinal);
        Assert.Contains("2024-01-20", page, StringComparison.Ordinal);

        var docxLink = AttachmentLink().Match(page).Groups[1].Value;
        var bytes = await client.GetByteArrayAsync(docxLink);
        using var stream = new MemoryStream(bytes);
        var read = AnnualReportReader.Read(stream, "report.docx");
        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(sample.Year, read.Report!.Year);
        Assert.Equal(Applications(sample), Applications(read.Report));
    }

    private static string Applications(AnnualReport report) =>
        AnnualReportJsonWriter.Serialize(new AnnualReport(report.Format) { Applications = report.Applications, ReviewLitigation = report.ReviewLitigation });

    [GeneratedRegex("href=\"(/attachments/[^\"]+\\.docx)\"")]
    private static partial Regex AttachmentLink();
}
