using OpenGovInfo.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.Publishing.Registers;
using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Registers;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.AnnualReports;

/// <summary>
/// The district report (the government's own, rolled up) through the workflow of ADR 0019: 政务公开办 compiles, edits
/// and submits; a 审批领导 of the district government returns or clears; it is published like an agency's report.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class DistrictReportWorkflowTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_office_drafts_the_district_report_and_the_governments_approver_returns_then_clears_it(string provider)
    {
        await using var host = await CompileAnnualReportTests.SeededAsync(provider, postgres);
        var government = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Government);
        var office = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.GovernmentOffice);
        var bureau = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Bureau);
        var supervisor = new ReportActor("s", "孙涛", office, new HashSet<string> { StaffRoleNames.Supervisor });
        var governmentEditor = new ReportActor("g", "区政府信息员", government, new HashSet<string> { StaffRoleNames.Editor });
        var bureauApprover = new ReportActor("b", "陈建国", bureau, new HashSet<string> { StaffRoleNames.Approver });
        var approver = new ReportActor("a", "区政府审批领导", government, new HashSet<string> { StaffRoleNames.Approver });

        // Only 政务公开办 drafts the district report, and what it saves is the roll-up, not the government's own records.
        var refused = await host.RunAsync<SaveReportDraft, Result<int>>(s => s.RunAsync(government, 2024, ReportNarrative.Unchanged, governmentEditor));
        Assert.Equal("全区年度报告由政务公开办编制。", Assert.Single(refused.Errors).Message);
        Assert.Equal(1, Ok(await host.RunAsync<SaveReportDraft, Result<int>>(s => s.RunAsync(government, 2024,
            new ReportNarrative(null, "一是部分机关公开时效有待提高。", null), supervisor))));
        var rolled = Ok(await host.RunAsync<CompileDistrictReport, Result<DistrictReport>>(c => c.RunAsync(2024)));
        var own = Ok(await host.RunAsync<CompileAnnualReport, Result<CompiledReport>>(c => c.RunAsync(government, 2024)));
        var draft = Ok(await host.RunAsync<GetReportDraft, Result<ReportDraftView>>(g => g.RunAsync(government, 2024)));
        Assert.True(draft.Scope.IsDistrict);
        Assert.Empty(draft.Differences);
        Assert.Equal(Cells(rolled.Total.Report), Cells(draft.Report));
        Assert.Equal(rolled.Total.Report.Proactive!["administrative_penalty", "decisions_this_year"], draft.Report.Proactive!["administrative_penalty", "decisions_this_year"]);
        Assert.NotEqual(own.Report.Proactive!["administrative_penalty", "decisions_this_year"], draft.Report.Proactive!["administrative_penalty", "decisions_this_year"]);

        // A member's records changed after the compile: the district report is stale and cannot be submitted.
        await host.RunAsync<OpenGovInfoDbContext>(async db =>
        {
            db.Add(new RegisterDecisionRow { AgencyId = bureau, Kind = EnforcementDecisionKind.Penalty, DecisionNumber = "平科工信罚〔2024〕8号", DecidedOn = new DateOnly(2024, 10, 8), SubjectPublicName = "某公司" });
            await db.SaveChangesAsync();
        });
        var stale = await host.RunAsync<SubmitReport, Result<int>>(s => s.RunAsync(government, 2024, supervisor));
        Assert.Contains(stale.Errors, e => e.Code == "stale" && e.Field == "proactive.administrative_penalty.decisions_this_year");
        Assert.Equal(2, Ok(await host.RunAsync<SaveReportDraft, Result<int>>(s => s.RunAsync(government, 2024, ReportNarrative.Unchanged, supervisor))));
        Ok(await host.RunAsync<SubmitReport, Result<int>>(s => s.RunAsync(government, 2024, supervisor)));

        // 政务公开办 does not clear its own work; another agency's 审批领导 has no say.
        var own1 = await host.RunAsync<ReviewReport, Result<int>>(r => r.ClearAsync(government, 2024, null, supervisor));
        Assert.Equal("全区年度报告由区人民政府审批领导审核。", Assert.Single(own1.Errors).Message);
        Assert.False((await host.RunAsync<ReviewReport, Result<int>>(r => r.ClearAsync(government, 2024, null, bureauApprover))).IsSuccess);
        // ... and the government's 审批领导 does not review departments' reports (that is 政务公开办's job).
        Assert.False((await host.RunAsync<ReviewReport, Result<int>>(r => r.ClearAsync(bureau, 2024, null, approver))).IsSuccess);

        Ok(await host.RunAsync<ReviewReport, Result<int>>(r => r.ReturnAsync(government, 2024, "第五部分请逐项写明整改措施。", approver)));
        Assert.Equal(3, Ok(await host.RunAsync<SaveReportDraft, Result<int>>(s => s.RunAsync(government, 2024,
            new ReportNarrative(null, "一是部分机关公开时效有待提高。整改措施：按月通报。", null), supervisor))));
        Ok(await host.RunAsync<SubmitReport, Result<int>>(s => s.RunAsync(government, 2024, supervisor)));
        Ok(await host.RunAsync<ReviewReport, Result<int>>(r => r.ClearAsync(government, 2024, null, approver)));

        var published = Ok(await host.RunAsync<GetReportDraft, Result<ReportDraftView>>(g => g.RunAsync(government, 2024)));
        Assert.Equal(ReportStatus.Published, published.Status);
        Assert.Equal(64, published.Stored!.ContentHash!.Length);
        Assert.Equal(
            [ReportAction.Save, ReportAction.Save, ReportAction.Submit, ReportAction.Return, ReportAction.Save, ReportAction.Submit, ReportAction.Clear, ReportAction.Publish],
            published.Timeline.Select(e => e.Action));
        Assert.Equal(["孙涛", "区政府审批领导"], published.Timeline.Where(e => e.Action is ReportAction.Submit or ReportAction.Clear).Select(e => e.ActorName).Distinct());
        var listed = await host.RunAsync<ListReports, IReadOnlyList<ReportSummary>>(l => l.PublishedAsync(government));
        Assert.Equal((2024, new DateOnly(2025, 3, 31)), listed.Select(l => (l.Year, l.Due)).Single());
        var pdf = Ok(await host.RunAsync<GetPublishedReportFile, Result<PublishedReportFile>>(g => g.RunAsync(government, 2024, "pdf")));
        Assert.Equal("平桥区人民政府2024年政府信息公开工作年度报告.pdf", pdf.FileName);
        var stored = await host.RunAsync<OpenGovInfoDbContext, AnnualReportVersionRow>(db => db.Set<AnnualReportVersionRow>().Include(v => v.Report)
            .SingleAsync(v => v.Report!.AgencyId == government && v.Version == 3));
        Assert.Equal(0, stored.ErrorCount);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_district_reports_cells_break_down_by_member_agency(string provider)
    {
        await using var host = await CompileAnnualReportTests.SeededAsync(provider, postgres);
        var rolled = Ok(await host.RunAsync<CompileDistrictReport, Result<DistrictReport>>(c => c.RunAsync(2024)));
        var key = CellKeys.Applications("new_received", TableLayouts.TotalColumn);
        var (label, total, members) = Ok(await host.RunAsync<GetDistrictCellContributions, Result<(string, decimal?, IReadOnlyList<CellContribution>)>>(g => g.RunAsync(2024, key)));
        Assert.Contains("本年新收政府信息公开申请数量", label, StringComparison.Ordinal);
        Assert.Equal(rolled.Total.Report.Applications!["new_received", TableLayouts.TotalColumn], (int?)total);
        Assert.Equal(rolled.Members.Count, members.Count);
        Assert.Equal(total, members.Sum(m => m.Value));
        Assert.Contains(members, m => m.Value > 0);
        Assert.All(members, m => Assert.Equal(m.Value, m.RecordCount));
        Assert.False((await host.RunAsync<GetDistrictCellContributions, Result<(string, decimal?, IReadOnlyList<CellContribution>)>>(g => g.RunAsync(2024, "applications.nonsense"))).IsSuccess);
    }

    private static List<int?> Cells(AnnualReport report) =>
        [.. report.Definition.ApplicationRows.SelectMany(row => Enumerable.Range(0, TableLayouts.ColumnCount).Select(c => report.Applications![row.Code, c]))];

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
