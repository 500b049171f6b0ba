using OpenGovInfo.Documents.Json;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// The agency compiles its report from the records and saves it with its narrative as a new version. Tables are
/// always compiled afresh (never typed in); sections 一, 五 and 六 are the officer's, pre-filled on the first save.
/// The rules run on every version and their findings are stored with it.
/// </summary>
public sealed class SaveReportDraft(OpenGovInfoDbContext db, ReportStore store, TimeProvider clock)
{
    /// <summary>Runs the use case; the value is the new version number.</summary>
    public async Task<Result<int>> RunAsync(int agencyId, int year, ReportNarrative narrative, ReportActor actor, CancellationToken cancellationToken = default)
    {
        var scope = await store.ScopeAsync(agencyId, cancellationToken);
        if (!actor.DraftsFor(scope))
        {
            return Result.Failure<int>(new Error(ErrorCodes.Forbidden, scope.IsDistrict ? "全区年度报告由政务公开办编制。" : "年度报告须由本机关信息员或机关管理员编制。"));
        }

        foreach (var (text, field) in new[] { (narrative.Overview, "Overview"), (narrative.ProblemsAndImprovements, "ProblemsAndImprovements"), (narrative.OtherMatters, "OtherMatters") })
        {
            if (text is { Length: > ReportNarrative.MaxLength })
            {
                return Result.Failure<int>(new Error(ErrorCodes.Invalid, $"每部分不超过 {ReportNarrative.MaxLength} 字。", field));
            }
        }

        var compiled = await store.CompileAsync(scope, year, cancellationToken);
        if (!compiled.IsSuccess)
        {
            return Result.Failure<int>([.. compiled.Errors]);
        }

        var row = await store.FindAsync(agencyId, year, cancellationToken);
        if (row is { Status: ReportStatus.Submitted or ReportStatus.Published })
        {
            return Result.Failure<int>(new Error(ErrorCodes.Conflict, row.Status == ReportStatus.Submitted
                ? "年度报告已报送政务公开办，退回后方可修改。"
                : "年度报告已公开，不能修改。"));
        }

        var report = compiled.Value.Report;
        var last = row is null ? null : await store.LatestAsync(row, cancellationToken);
        Apply(report, ReportCodes.Sections.Overview, narrative.Overview, last);
        Apply(report, ReportCodes.Sections.ProblemsAndImprovements, narrative.ProblemsAndImprovements, last);
        Apply(report, ReportCodes.Sections.OtherMatters, narrative.OtherMatters, last);
        var findings = ReportStore.Check(report, await store.PreviousAsync(agencyId, year, cancellationToken));
        report.Findings.AddRange(findings);

        var now = clock.GetUtcNow().ToUniversalTime();
        if (row is null)
        {
            row = new AnnualReportRow { AgencyId = agencyId, Year = year, Format = report.Definition.JsonName, Status = ReportStatus.Draft, CreatedAt = now };
            db.Add(row);
        }

        row.Version++;
        row.UpdatedAt = now;
        db.Add(new AnnualReportVersionRow
        {
            Report = row, Version = row.Version, Json = AnnualReportJsonWriter.Serialize(report), SavedBy = actor.Name, SavedAt = now,
            ErrorCount = findings.Count(f => f.Severity == FindingSeverity.Error), WarningCount = findings.Count(f => f.Severity == FindingSeverity.Warning),
        });
        db.Add(new AnnualReportEventRow { Report = row, Action = ReportAction.Save, Version = row.Version, ActorId = actor.Id, ActorName = actor.Name, At = now });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(row.Version);
    }

    private static void Apply(AnnualReport report, string key, string? edited, AnnualReport? last)
    {
        var text = edited?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (!string.IsNullOrEmpty(text))
        {
            report.Sections[key] = text;
        }
        else if (edited is null && last is not null && last.Sections.TryGetValue(key, out var kept))
        {
            report.Sections[key] = kept;
        }
    }
}
