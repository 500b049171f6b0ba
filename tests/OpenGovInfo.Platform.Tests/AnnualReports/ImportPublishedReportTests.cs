using OpenGovInfo.Domain.Staff;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.AnnualReports;

/// <summary>
/// Last year's published report imported from its file (the seed's real PDF): previewed without storing, stored as
/// an imported, published report with the file and its hash, and used by the next year's cross-year rules; bad
/// files are refused with a message and leave nothing behind.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ImportPublishedReportTests(PostgresServer postgres)
{
    private static string Fixture(string name) => SharedPaths.InRepository("tests", "fixtures", "reader-corpus", "rendered", name);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_published_pdf_is_previewed_then_stored_as_an_imported_report_with_its_file_and_hash(string provider)
    {
        await using var host = await CompileAnnualReportTests.SeededAsync(provider, postgres);
        var bureau = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Bureau);
        var editor = new ReportActor("e", "王丽", bureau, new HashSet<string> { StaffRoleNames.Editor });
        var pdf = await File.ReadAllBytesAsync(Fixture("000_seed_pingqiao_2023.pdf"));
        var hash = Convert.ToHexStringLower(SHA256.HashData(pdf));

        var preview = Ok(await host.RunAsync<ImportPublishedReport, Result<ImportedReportPreview>>(i => i.PreviewAsync(bureau, 2023, "2023年报.pdf", pdf, editor)));
        Assert.Equal((2023, DemoDistrict.Bureau, hash), (preview.Report.Year, preview.Report.Agency, preview.Sha256));
        Assert.Equal(TruthData.Seed().Applications!["new_received", TableLayouts.TotalColumn], preview.Report.Applications!["new_received", TableLayouts.TotalColumn]);
        Assert.Equal(0, await CountAsync(host));

        // The confirmation must carry the previewed file.
        var other = await host.RunAsync<ImportPublishedReport, Result<int>>(i => i.ImportAsync(bureau, 2023, "2023年报.pdf", pdf, new DateOnly(2024, 1, 20), new string('0', 64), editor));
        Assert.Equal("所选文件与预览的文件不同，请重新预览后确认。", Assert.Single(other.Errors).Message);
        var noDate = await host.RunAsync<ImportPublishedReport, Result<int>>(i => i.ImportAsync(bureau, 2023, "2023年报.pdf", pdf, null, hash, editor));
        Assert.Equal("PublishedOn", Assert.Single(noDate.Errors).Field);
        Assert.Equal(0, await CountAsync(host));

        Ok(await host.RunAsync<ImportPublishedReport, Result<int>>(i => i.ImportAsync(bureau, 2023, "2023年报.pdf", pdf, new DateOnly(2024, 1, 20), hash, editor)));
        var row = await host.RunAsync<OpenGovInfoDbContext, AnnualReportRow>(db => db.Set<AnnualReportRow>().AsNoTracking().SingleAsync(r => r.AgencyId == bureau && r.Year == 2023));
        Assert.Equal((ReportSource.Imported, ReportStatus.Published, "2023年报.pdf", 1), (row.Source, row.Status, row.SourceFileName, row.Version));
        var original = Ok(await host.RunAsync<GetPublishedReportFile, Result<PublishedReportFile>>(g => g.RunAsync(bureau, 2023, "pdf")));
        Assert.Equal(pdf, original.Content);
        Assert.Equal(hash, original.Sha256);
        var json = Ok(await host.RunAsync<GetPublishedReportFile, Result<PublishedReportFile>>(g => g.RunAsync(bureau, 2023, "json")));
        Assert.Equal(row.ContentHash, Convert.ToHexStringLower(SHA256.HashData(json.Content)));

        // A first-class record: listed as published on time, its timeline says imported, it cannot be edited or imported twice.
        var listed = Assert.Single(await host.RunAsync<ListReports, IReadOnlyList<ReportSummary>>(l => l.PublishedAsync(bureau)));
        Assert.Equal((2023, false, ReportSource.Imported, "pdf"), (listed.Year, listed.Late, listed.Source, listed.SourceFormat));
        var view = Ok(await host.RunAsync<GetReportDraft, Result<ReportDraftView>>(g => g.RunAsync(bureau, 2023)));
        Assert.Equal(ReportAction.Import, Assert.Single(view.Timeline).Action);
        Assert.Contains(hash, view.Timeline[0].Comment, StringComparison.Ordinal);
        Assert.False((await host.RunAsync<SaveReportDraft, Result<int>>(s => s.RunAsync(bureau, 2023, ReportNarrative.Unchanged, editor))).IsSuccess);
        var twice = await host.RunAsync<ImportPublishedReport, Result<ImportedReportPreview>>(i => i.PreviewAsync(bureau, 2023, "2023年报.pdf", pdf, editor));
        Assert.Equal("2023年年度报告已导入，不能重复导入。", Assert.Single(twice.Errors).Message);
        Assert.Equal(1, await CountAsync(host));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_next_years_cross_year_rules_run_against_the_imported_report(string provider)
    {
        await using var host = await CompileAnnualReportTests.SeededAsync(provider, postgres);
        var bureau = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Bureau);
        var editor = new ReportActor("e", "王丽", bureau, new HashSet<string> { StaffRoleNames.Editor });
        var before = Ok(await host.RunAsync<GetReportDraft, Result<ReportDraftView>>(g => g.RunAsync(bureau, 2024)));
        Assert.DoesNotContain(before.Findings, f => f.Rule == "T3-6");

        // As published, the 2023 report carried three applications into 2024 — the platform's 2024 records carry none.
        var text = await File.ReadAllTextAsync(Fixture("000_seed_pingqiao_2023.txt"));
        var line = text.Split('\n').Single(l => l.StartsWith("四、结转下年度继续办理", StringComparison.Ordinal));
        var carried = "四、结转下年度继续办理                                3        0        0         0         0       0       3";
        var file = Encoding.UTF8.GetBytes(text.Replace(line, carried, StringComparison.Ordinal));
        var preview = Ok(await host.RunAsync<ImportPublishedReport, Result<ImportedReportPreview>>(i => i.PreviewAsync(bureau, 2023, "2023.txt", file, editor)));
        Assert.Equal(3, preview.Report.Applications!["carried_forward_to_next_year", TableLayouts.TotalColumn]);
        Ok(await host.RunAsync<ImportPublishedReport, Result<int>>(i => i.ImportAsync(bureau, 2023, "2023.txt", file, new DateOnly(2024, 1, 31), preview.Sha256, editor)));

        var after = Ok(await host.RunAsync<GetReportDraft, Result<ReportDraftView>>(g => g.RunAsync(bureau, 2024)));
        var crossYear = Assert.Single(after.Findings, f => f.Rule == "T3-6" && f.Where == "applications.natural_person");
        Assert.Equal(FindingSeverity.Warning, crossYear.Severity);
        Assert.Contains("上年报告“四、结转下年度继续办理”=3", crossYear.Message, StringComparison.Ordinal);
        Ok(await host.RunAsync<SaveReportDraft, Result<int>>(s => s.RunAsync(bureau, 2024, ReportNarrative.Unchanged, editor)));
        var version = await host.RunAsync<OpenGovInfoDbContext, AnnualReportVersionRow>(db => db.Set<AnnualReportVersionRow>().Include(v => v.Report)
            .SingleAsync(v => v.Report!.AgencyId == bureau && v.Report.Year == 2024));
        Assert.Contains("T3-6", version.Json, StringComparison.Ordinal);
        Assert.True(version.WarningCount >= 2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unreadable_mismatched_or_unauthorised_files_are_refused_and_nothing_is_stored(string provider)
    {
        await using var host = await CompileAnnualReportTests.SeededAsync(provider, postgres);
        var bureau = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Bureau);
        var office = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.GovernmentOffice);
        var education = await CompileAnnualReportTests.AgencyIdAsync(host, "平桥区教育局");
        var editor = new ReportActor("e", "王丽", bureau, new HashSet<string> { StaffRoleNames.Editor });
        var educationEditor = new ReportActor("x", "教育局信息员", education, new HashSet<string> { StaffRoleNames.Editor });
        var supervisor = new ReportActor("s", "孙涛", office, new HashSet<string> { StaffRoleNames.Supervisor });
        var pdf = await File.ReadAllBytesAsync(Fixture("000_seed_pingqiao_2023.pdf"));

        async Task<string> RefusedAsync(int agency, int year, string name, byte[] content, ReportActor actor)
        {
            var result = await host.RunAsync<ImportPublishedReport, Result<int>>(i => i.ImportAsync(agency, year, name, content, new DateOnly(2024, 1, 20), null, actor));
            Assert.False(result.IsSuccess);
            return result.Errors[0].Message;
        }

        Assert.Equal("文件是2023年的年度报告，与所选的2022年不符。", await RefusedAsync(bureau, 2022, "a.pdf", pdf, editor));
        Assert.Equal($"文件的报告主体为“{DemoDistrict.Bureau}”，与本机关“平桥区教育局”不符。", await RefusedAsync(education, 2023, "a.pdf", pdf, educationEditor));
        Assert.Equal("只有本机关信息员或机关管理员可以导入本机关的年度报告。", await RefusedAsync(bureau, 2023, "a.pdf", pdf, supervisor));
        Assert.Equal("只有本机关信息员或机关管理员可以导入本机关的年度报告。", await RefusedAsync(bureau, 2023, "a.pdf", pdf, educationEditor));
        Assert.StartsWith("无法从该文件读出年度报告", await RefusedAsync(bureau, 2023, "a.pdf", pdf[..(pdf.Length / 3)], editor), StringComparison.Ordinal);
        Assert.StartsWith("无法从该文件读出年度报告", await RefusedAsync(bureau, 2023, "a.txt", Encoding.UTF8.GetBytes("会议纪要：今天天气很好。"), editor), StringComparison.Ordinal);
        Assert.Equal("仅支持 PDF、DOCX、HTML 或文本（.txt、.md）格式的年度报告文件。", await RefusedAsync(bureau, 2023, "a.exe", pdf, editor));
        Assert.Equal("请选择已公开的年度报告文件。", await RefusedAsync(bureau, 2023, "a.pdf", [], editor));
        Assert.Equal("文件过大（上限 20 MB）。", await RefusedAsync(bureau, 2023, "a.pdf", new byte[ImportPublishedReport.MaxBytes + 1], editor));
        Assert.Equal("只能导入 2019 年至 2025 年（已结束年度）的年度报告。", await RefusedAsync(bureau, 2026, "a.pdf", pdf, editor));

        // Ambiguous: a table the reader cannot read whole is not stored (the cross-year rules would check against guesses).
        var text = await File.ReadAllTextAsync(Fixture("000_seed_pingqiao_2023.txt"));
        var line = text.Split('\n').Single(l => l.StartsWith("四、结转下年度继续办理", StringComparison.Ordinal));
        var blurred = Encoding.UTF8.GetBytes(text.Replace(line, "四、结转下年度继续办理", StringComparison.Ordinal));
        var ambiguous = await RefusedAsync(bureau, 2023, "a.txt", blurred, editor);
        Assert.Contains("未能完整读取", ambiguous, StringComparison.Ordinal);

        // A report already compiled on the platform is not replaced by a file.
        Ok(await host.RunAsync<SaveReportDraft, Result<int>>(s => s.RunAsync(bureau, 2023, ReportNarrative.Unchanged, editor)));
        Assert.Equal("2023年年度报告已在平台上编制（编制中），不能再导入。", await RefusedAsync(bureau, 2023, "a.pdf", pdf, editor));
        Assert.Equal(1, await CountAsync(host));
        Assert.Equal(0, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Set<AnnualReportRow>().CountAsync(r => r.Source == ReportSource.Imported)));
    }

    private static Task<int> CountAsync(PlatformHost host) =>
        host.RunAsync<OpenGovInfoDbContext, int>(db => db.Set<AnnualReportRow>().CountAsync());

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
