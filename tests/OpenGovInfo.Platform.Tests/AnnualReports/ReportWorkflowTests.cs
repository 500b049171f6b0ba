using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Domain.Publishing.Registers;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Registers;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.AnnualReports;

/// <summary>Draft → 报送 → 退回 → 报送 → 审核通过 and published, frozen; rule errors and changed records block submission.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReportWorkflowTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_report_is_drafted_submitted_returned_resubmitted_cleared_and_published_frozen(string provider)
    {
        await using var host = await CompileAnnualReportTests.SeededAsync(provider, postgres);
        var bureau = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Bureau);
        var office = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.GovernmentOffice);
        var editor = new ReportActor("e", "王丽", bureau, new HashSet<string> { StaffRoleNames.Editor });
        var supervisor = new ReportActor("s", "孙涛", office, new HashSet<string> { StaffRoleNames.Supervisor });

        Assert.Equal(1, Ok(await host.RunAsync<SaveReportDraft, Result<int>>(s => s.RunAsync(bureau, 2024, ReportNarrative.Unchanged, editor))));
        var first = Ok(await host.RunAsync<GetReportDraft, Result<ReportDraftView>>(g => g.RunAsync(bureau, 2024)));
        Assert.Contains("（一）主动公开情况", first.Report.Sections["overview"], StringComparison.Ordinal);
        Assert.Empty(first.Differences);
        Assert.False(first.HasErrors);

        // The supervisor does not draft; the editor does not review.
        Assert.False((await host.RunAsync<SaveReportDraft, Result<int>>(s => s.RunAsync(bureau, 2024, ReportNarrative.Unchanged, supervisor))).IsSuccess);
        Assert.Equal(2, Ok(await host.RunAsync<SaveReportDraft, Result<int>>(s => s.RunAsync(bureau, 2024,
            new ReportNarrative(null, "一是公开时效有待提高。", null), editor))));
        Ok(await host.RunAsync<SubmitReport, Result<int>>(s => s.RunAsync(bureau, 2024, editor)));
        Assert.False((await host.RunAsync<ReviewReport, Result<int>>(r => r.ClearAsync(bureau, 2024, null, editor))).IsSuccess);
        Assert.False((await host.RunAsync<SaveReportDraft, Result<int>>(s => s.RunAsync(bureau, 2024, ReportNarrative.Unchanged, editor))).IsSuccess);

        var noComment = await host.RunAsync<ReviewReport, Result<int>>(r => r.ReturnAsync(bureau, 2024, " ", supervisor));
        Assert.Equal("退回须填写审核意见。", noComment.Errors[0].Message);
        Ok(await host.RunAsync<ReviewReport, Result<int>>(r => r.ReturnAsync(bureau, 2024, "第五部分请写明整改措施。", supervisor)));
        Assert.Equal(3, Ok(await host.RunAsync<SaveReportDraft, Result<int>>(s => s.RunAsync(bureau, 2024,
            new ReportNarrative(null, "一是公开时效有待提高。整改措施：建立发布台账。", null), editor))));
        Ok(await host.RunAsync<SubmitReport, Result<int>>(s => s.RunAsync(bureau, 2024, editor)));
        Ok(await host.RunAsync<ReviewReport, Result<int>>(r => r.ClearAsync(bureau, 2024, null, supervisor)));

        var published = Ok(await host.RunAsync<GetReportDraft, Result<ReportDraftView>>(g => g.RunAsync(bureau, 2024)));
        Assert.Equal(ReportStatus.Published, published.Status);
        Assert.Equal([ReportAction.Save, ReportAction.Save, ReportAction.Submit, ReportAction.Return, ReportAction.Save, ReportAction.Submit, ReportAction.Clear, ReportAction.Publish],
            published.Timeline.Select(e => e.Action));
        Assert.Equal("第五部分请写明整改措施。", published.Timeline[3].Comment);

        var json = Ok(await host.RunAsync<GetPublishedReportFile, Result<PublishedReportFile>>(g => g.RunAsync(bureau, 2024, "json")));
        Assert.Equal(published.Stored!.ContentHash, Convert.ToHexStringLower(SHA256.HashData(json.Content)));
        Assert.Contains("整改措施", AnnualReportJsonReader.Read(json.Content).Report!.Sections["problems_and_improvements"], StringComparison.Ordinal);
        foreach (var format in GetPublishedReportFile.Formats)
        {
            var file = Ok(await host.RunAsync<GetPublishedReportFile, Result<PublishedReportFile>>(g => g.RunAsync(bureau, 2024, format)));
            Assert.NotEmpty(file.Content);
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(file.Content)));
        }

        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(Ok(await host.RunAsync<GetPublishedReportFile, Result<PublishedReportFile>>(g => g.RunAsync(bureau, 2024, "pdf"))).Content, 0, 4), StringComparison.Ordinal);

        // Frozen: no new version; the next year shows this year's problems for follow-up.
        Assert.False((await host.RunAsync<SaveReportDraft, Result<int>>(s => s.RunAsync(bureau, 2024, ReportNarrative.Unchanged, editor))).IsSuccess);
        var next = Ok(await host.RunAsync<GetReportDraft, Result<ReportDraftView>>(g => g.RunAsync(bureau, 2025)));
        Assert.Contains("整改措施", next.LastYearProblems, StringComparison.Ordinal);
        var listed = await host.RunAsync<ListReports, IReadOnlyList<ReportSummary>>(l => l.PublishedAsync(bureau));
        Assert.Equal(2024, Assert.Single(listed).Year);
        var office2024 = await host.RunAsync<ListReports, IReadOnlyList<ReportSummary>>(l => l.ForOfficeAsync(2024));
        Assert.Equal(7, office2024.Count);
        Assert.Contains(office2024, l => l.AgencyId != bureau && l.Status is null && l.Late);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_report_whose_records_changed_or_that_breaks_a_rule_cannot_be_submitted(string provider)
    {
        await using var host = await CompileAnnualReportTests.SeededAsync(provider, postgres);
        var bureau = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Bureau);
        var editor = new ReportActor("e", "王丽", bureau, new HashSet<string> { StaffRoleNames.Editor });
        Ok(await host.RunAsync<SaveReportDraft, Result<int>>(s => s.RunAsync(bureau, 2025, ReportNarrative.Unchanged, editor)));

        // A penalty decision registered after the compile: the report no longer states the records.
        await host.RunAsync<OpenGovInfoDbContext>(async db =>
        {
            db.Add(new RegisterDecisionRow { AgencyId = bureau, Kind = EnforcementDecisionKind.Penalty, DecisionNumber = "平科工信罚〔2025〕9号", DecidedOn = new DateOnly(2025, 9, 9), SubjectPublicName = "某公司" });
            await db.SaveChangesAsync();
        });
        var stale = await host.RunAsync<SubmitReport, Result<int>>(s => s.RunAsync(bureau, 2025, editor));
        var error = Assert.Single(stale.Errors);
        Assert.Equal("proactive.administrative_penalty.decisions_this_year", error.Field);
        Assert.Contains("表二 第二十条第（六）项 行政处罚 · 本年处理决定数量 报告为 0，现有记录为 1", error.Message, StringComparison.Ordinal);

        // Compiled again it passes; a stored version edited to break T3-2 (（七）总计 = Σ outcomes) does not.
        Ok(await host.RunAsync<SaveReportDraft, Result<int>>(s => s.RunAsync(bureau, 2025, ReportNarrative.Unchanged, editor)));
        await host.RunAsync<OpenGovInfoDbContext>(async db =>
        {
            var version = await db.Set<AnnualReportVersionRow>().OrderByDescending(v => v.Id).FirstAsync();
            var report = ReportStore.Parse(version.Json);
            report.Applications!["granted", 0] += 1;
            version.Json = AnnualReportJsonWriter.Serialize(report);
            await db.SaveChangesAsync();
        });
        var broken = await host.RunAsync<SubmitReport, Result<int>>(s => s.RunAsync(bureau, 2025, editor));
        Assert.False(broken.IsSuccess);
        Assert.Contains(broken.Errors, e => e.Code == "rule" && e.Message.StartsWith("T3-2", StringComparison.Ordinal));
        Assert.Contains(broken.Errors, e => e.Code == "stale" && e.Field == "applications.granted.natural_person");
        var row = await host.RunAsync<OpenGovInfoDbContext, AnnualReportRow>(db => db.Set<AnnualReportRow>().SingleAsync(r => r.AgencyId == bureau && r.Year == 2025));
        Assert.Equal(ReportStatus.Draft, row.Status);
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
