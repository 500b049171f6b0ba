using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// The agency submits its latest version to 政务公开办. Refused while any rule finds an error, and when the records
/// changed since the version was compiled (its tables would no longer be the agency's numbers): each message names
/// the rule or the cell.
/// </summary>
public sealed class SubmitReport(OpenGovInfoDbContext db, ReportStore store, TimeProvider clock)
{
    /// <summary>Runs the use case.</summary>
    public async Task<Result<int>> RunAsync(int agencyId, int year, ReportActor actor, CancellationToken cancellationToken = default)
    {
        var scope = await store.ScopeAsync(agencyId, cancellationToken);
        if (!actor.DraftsFor(scope))
        {
            return Result.Failure<int>(new Error(ErrorCodes.Forbidden, scope.IsDistrict ? "全区年度报告由政务公开办报送。" : "年度报告须由本机关信息员或机关管理员报送。"));
        }

        var row = await store.FindAsync(agencyId, year, cancellationToken);
        if (row is null)
        {
            return Result.Failure<int>(Error.NotFound("该年度报告（请先编制并保存）"));
        }

        if (row.Status is not (ReportStatus.Draft or ReportStatus.Returned))
        {
            return Result.Failure<int>(new Error(ErrorCodes.Conflict, $"年度报告{row.Status.Name()}，不能再次报送。"));
        }

        var report = await store.LatestAsync(row, cancellationToken);
        var errors = ReportStore.Check(report, await store.PreviousAsync(agencyId, year, cancellationToken))
            .Where(f => f.Severity == FindingSeverity.Error)
            .Select(f => new Error(ErrorCodes.Rule, $"{f.Rule}（{CellLabels.Describe(f.Where)}）：{f.Message}", f.Where)).ToList();

        var fresh = await store.CompileAsync(scope, year, cancellationToken);
        if (fresh.IsSuccess)
        {
            errors.AddRange(ReportDifferences.Between(report, fresh.Value.Report).Select(d =>
                new Error(ErrorCodes.Stale, $"数据已变更：{CellLabels.Describe(d.Key)} 报告为 {d.Stored}，现有记录为 {d.Current}。请重新编制后报送。", d.Key)));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<int>([.. errors]);
        }

        var now = clock.GetUtcNow().ToUniversalTime();
        row.Status = ReportStatus.Submitted;
        row.SubmittedAt = now;
        row.UpdatedAt = now;
        db.Add(new AnnualReportEventRow { ReportId = row.Id, Action = ReportAction.Submit, Version = row.Version, ActorId = actor.Id, ActorName = actor.Name, At = now });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(row.Version);
    }
}
