using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing.Registers;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Platform.Audit;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Registers;
using OpenGovInfo.Platform.Tests.AnnualReports;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Registers;

/// <summary>
/// 更正 and 撤回 of 第二十条 register rows on the demo district: a reason is required, only the agency's own 信息员 or
/// 机关管理员 may, nothing is half-written, the history and the audit trail keep what happened, the public register
/// and the annual report show the corrected values and leave withdrawn rows out.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class RegisterCorrectionTests(PostgresServer postgres)
{
    private const string PenaltyNumber = "平科工信罚〔2024〕1号";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_correction_needs_a_reason_and_the_agencys_editor_and_shows_the_corrected_values_with_history_and_audit(string provider)
    {
        await using var host = await CompileAnnualReportTests.SeededAsync(provider, postgres);
        var bureau = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Bureau);
        var other = await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Agencies.Where(a => a.Id != bureau).Select(a => a.Id).FirstAsync());
        var row = await DecisionAsync(host, PenaltyNumber);
        var cells = Cells("行政处罚", PenaltyNumber, "2024-08-16", "平桥区某机械制造有限公司", "法人或其他组织");
        var editor = new RegisterActor("editor-1", "王丽", bureau, true);

        var noReason = await CorrectAsync(host, bureau, row.Id, cells, "  ", editor);
        Assert.Equal("更正必须说明理由。", Assert.Single(noReason.Errors).Message);
        var badDate = await CorrectAsync(host, bureau, row.Id, Cells("行政处罚", PenaltyNumber, "2024-02-30", "某公司", "法人或其他组织"), "日期录错", editor);
        Assert.Contains(badDate.Errors, e => e.Field == RegisterColumns.DecidedOn);
        Assert.Equal("forbidden", Assert.Single((await CorrectAsync(host, bureau, row.Id, cells, "日期录错", new RegisterActor("editor-9", "外机关", other, true))).Errors).Code);
        Assert.Equal("forbidden", Assert.Single((await CorrectAsync(host, bureau, row.Id, cells, "日期录错", new RegisterActor("sup", "政务公开办", bureau, false))).Errors).Code);
        // Another agency's route with the row's id finds nothing: rows are read within the route's agency.
        Assert.Equal("not_found", Assert.Single((await CorrectAsync(host, other, row.Id, cells, "日期录错", new RegisterActor("e", "外机关", other, true))).Errors).Code);
        Assert.Equal(new DateOnly(2024, 8, 15), (await DecisionAsync(host, PenaltyNumber)).DecidedOn);
        Assert.Equal(0, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Set<RegisterEntryEventRow>().CountAsync()));

        var auditBefore = await host.RunAsync<OpenGovInfoDbContext, long>(db => db.AuditRecords.MaxAsync(r => r.Id));
        var corrected = await CorrectAsync(host, bureau, row.Id, cells, "决定日期录入有误，以决定书为准", editor);
        Assert.True(corrected.IsSuccess, string.Join(" ", corrected.Errors.Select(e => e.Message)));

        var stored = await DecisionAsync(host, PenaltyNumber);
        Assert.Equal(new DateOnly(2024, 8, 16), stored.DecidedOn);
        Assert.Equal(host.Clock.GetUtcNow(), stored.CorrectedAt);
        var entry = (await host.RunAsync<GetRegisterEntry, RegisterEntryView?>(q => q.RunAsync(bureau, RegisterKind.Decisions, row.Id)))!;
        var history = Assert.Single(entry.History);
        Assert.Equal((RegisterEntryAction.Correct, "决定日期录入有误，以决定书为准", "王丽"), (history.Action, history.Reason, history.ActorName));
        Assert.Equal("决定日期：2024-08-15 → 2024-08-16", history.Changes);

        var published = await host.RunAsync<ListPublicRegisters, PublicRegisters>(q => q.RunAsync(bureau, 2024, 1));
        var shown = Assert.Single(published.Decisions, d => d.DecisionNumber == PenaltyNumber);
        Assert.Equal(new DateOnly(2024, 8, 16), shown.DecidedOn);
        Assert.NotNull(shown.CorrectedOn);

        var trail = await host.RunAsync<OpenGovInfoDbContext, List<AuditRecord>>(db => db.AuditRecords.AsNoTracking().Where(r => r.Id > auditBefore).ToListAsync());
        var update = Assert.Single(trail, r => r.EntityType == "register_decisions");
        Assert.Equal(("update", row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (update.Action, update.EntityId));
        Assert.Contains("2024-08-15", update.Before, StringComparison.Ordinal);
        Assert.Contains("2024-08-16", update.After, StringComparison.Ordinal);
        Assert.Contains(trail, r => r.EntityType == "register_entry_events" && r.Action == "create" && r.After!.Contains("以决定书为准", StringComparison.Ordinal));

        // The same values again are no correction.
        Assert.Equal("unchanged", Assert.Single((await CorrectAsync(host, bureau, row.Id, cells, "再次更正", editor)).Errors).Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_withdrawn_row_leaves_the_public_register_and_the_annual_report_but_keeps_its_history(string provider)
    {
        await using var host = await CompileAnnualReportTests.SeededAsync(provider, postgres);
        var bureau = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Bureau);
        var other = await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Agencies.Where(a => a.Id != bureau).Select(a => a.Id).FirstAsync());
        var row = await DecisionAsync(host, PenaltyNumber);
        var admin = new RegisterActor("admin-1", "机关管理员", bureau, true);
        Assert.Equal(1, (await CompileAsync(host, bureau)).Report.Proactive!["administrative_penalty", "decisions_this_year"]);
        var reportEditor = new ReportActor("editor-1", "王丽", bureau, new HashSet<string> { StaffRoleNames.Editor });
        Assert.True((await host.RunAsync<SaveReportDraft, Result<int>>(r => r.RunAsync(bureau, 2024, ReportNarrative.Unchanged, reportEditor))).IsSuccess);

        Assert.Equal("撤回必须说明理由。", Assert.Single((await WithdrawAsync(host, bureau, row.Id, null, admin)).Errors).Message);
        Assert.Equal("理由不能超过 500 个字。", Assert.Single((await WithdrawAsync(host, bureau, row.Id, new string('误', 501), admin)).Errors).Message);
        Assert.Equal("forbidden", Assert.Single((await WithdrawAsync(host, bureau, row.Id, "误登记", new RegisterActor("e", "外机关", other, true))).Errors).Code);
        Assert.Null((await DecisionAsync(host, PenaltyNumber)).WithdrawnAt);

        var withdrawn = await WithdrawAsync(host, bureau, row.Id, "误登记：该决定属于其他机关", admin);
        Assert.True(withdrawn.IsSuccess, string.Join(" ", withdrawn.Errors.Select(e => e.Message)));

        var published = await host.RunAsync<ListPublicRegisters, PublicRegisters>(q => q.RunAsync(bureau, null, 1));
        Assert.DoesNotContain(published.Decisions, d => d.DecisionNumber == PenaltyNumber);
        Assert.Equal(0, published.DecisionTotal);
        Assert.Empty(published.DecisionCounts);
        var staff = await host.RunAsync<ListRegisters, RegistersView>(q => q.RunAsync(bureau));
        Assert.NotNull(Assert.Single(staff.Decisions, d => d.DecisionNumber == PenaltyNumber).WithdrawnAt);

        // A row withdrawn (entered in error) is not counted in the annual report, and its drill-down lists nothing.
        var report = await CompileAsync(host, bureau);
        Assert.Equal(0, report.Report.Proactive!["administrative_penalty", "decisions_this_year"]);
        Assert.Equal(2, report.Report.Proactive!["normative_documents", "issued_this_year"]);
        // The draft compiled before the withdrawal no longer states the records: submitting it is refused until compiled again.
        var stale = await host.RunAsync<SubmitReport, Result<int>>(r => r.RunAsync(bureau, 2024, reportEditor));
        Assert.Contains(stale.Errors, e => e.Field == "proactive.administrative_penalty.decisions_this_year");

        var entry = (await host.RunAsync<GetRegisterEntry, RegisterEntryView?>(q => q.RunAsync(bureau, RegisterKind.Decisions, row.Id)))!;
        Assert.NotNull(entry.WithdrawnAt);
        var history = Assert.Single(entry.History);
        Assert.Equal((RegisterEntryAction.Withdraw, "误登记：该决定属于其他机关", "机关管理员", (string?)null), (history.Action, history.Reason, history.ActorName, history.Changes));
        Assert.Contains(await host.RunAsync<OpenGovInfoDbContext, List<AuditRecord>>(db => db.AuditRecords.AsNoTracking().Where(r => r.EntityType == "register_decisions").ToListAsync()),
            r => r.Action == "update" && r.After!.Contains("WithdrawnAt", StringComparison.Ordinal));

        // Withdrawn is final: neither withdrawn again nor corrected.
        Assert.Equal("withdrawn", Assert.Single((await WithdrawAsync(host, bureau, row.Id, "再次撤回", admin)).Errors).Code);
        var cells = Cells("行政处罚", PenaltyNumber, "2024-08-16", "某公司", "法人或其他组织");
        Assert.Equal("withdrawn", Assert.Single((await CorrectAsync(host, bureau, row.Id, cells, "更正", admin)).Errors).Code);
    }

    private static Dictionary<string, string?> Cells(string kind, string number, string date, string subject, string subjectType) => new(StringComparer.Ordinal)
    {
        [RegisterColumns.Kind] = kind, [RegisterColumns.DecisionNumber] = number, [RegisterColumns.DecidedOn] = date,
        [RegisterColumns.Subject] = subject, [RegisterColumns.SubjectType] = subjectType,
    };

    private static Task<RegisterDecisionRow> DecisionAsync(PlatformHost host, string number) =>
        host.RunAsync<OpenGovInfoDbContext, RegisterDecisionRow>(db => db.Set<RegisterDecisionRow>().AsNoTracking().SingleAsync(r => r.DecisionNumber == number));

    private static Task<Result<int>> CorrectAsync(PlatformHost host, int agencyId, int id, Dictionary<string, string?> cells, string? reason, RegisterActor actor) =>
        host.RunAsync<CorrectRegisterEntry, Result<int>>(u => u.RunAsync(agencyId, RegisterKind.Decisions, id, cells, reason, actor));

    private static Task<Result<int>> WithdrawAsync(PlatformHost host, int agencyId, int id, string? reason, RegisterActor actor) =>
        host.RunAsync<WithdrawRegisterEntry, Result<int>>(u => u.RunAsync(agencyId, RegisterKind.Decisions, id, reason, actor));

    private static async Task<CompiledReport> CompileAsync(PlatformHost host, int agency)
    {
        var result = await host.RunAsync<CompileAnnualReport, Result<CompiledReport>>(c => c.RunAsync(agency, 2024));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
