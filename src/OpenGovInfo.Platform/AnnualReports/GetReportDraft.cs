using OpenGovInfo.Domain.AnnualReports;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>An agency's report for a year for the staff page: the latest version (or a preview), checked now.</summary>
public sealed class GetReportDraft(OpenGovInfoDbContext db, ReportStore store)
{
    /// <summary>Runs the query.</summary>
    public async Task<Result<ReportDraftView>> RunAsync(int agencyId, int year, CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => new { a.Name, a.Kind }).FirstOrDefaultAsync(cancellationToken);
        if (agency is null)
        {
            return Result.Failure<ReportDraftView>(Error.NotFound("该机关"));
        }

        var scope = await store.ScopeAsync(agencyId, cancellationToken);
        var stored = await db.Set<AnnualReportRow>().AsNoTracking().FirstOrDefaultAsync(r => r.AgencyId == agencyId && r.Year == year, cancellationToken);

        // An imported report is what was published elsewhere (possibly for a year the platform cannot compile): shown
        // as read, never compared with the records.
        AnnualReport report;
        IReadOnlyList<ReportDifference> differences = [];
        if (stored is { Source: ReportSource.Imported })
        {
            report = await store.LatestAsync(stored, cancellationToken);
        }
        else
        {
            var compiled = await store.CompileAsync(scope, year, cancellationToken);
            if (!compiled.IsSuccess)
            {
                return Result.Failure<ReportDraftView>([.. compiled.Errors]);
            }

            report = stored is null ? compiled.Value.Report : await store.LatestAsync(stored, cancellationToken);
            differences = stored is null || stored.Status == ReportStatus.Published ? [] : ReportDifferences.Between(report, compiled.Value.Report);
        }

        var previous = await store.PreviousAsync(agencyId, year, cancellationToken);
        List<AnnualReportEventRow> timeline = stored is null ? [] : await db.Set<AnnualReportEventRow>().AsNoTracking()
            .Where(e => e.ReportId == stored.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        string? lastProblems = null;
        if (await db.Set<AnnualReportRow>().AsNoTracking().FirstOrDefaultAsync(r => r.AgencyId == agencyId && r.Year == year - 1, cancellationToken) is { } last)
        {
            (await store.LatestAsync(last, cancellationToken)).Sections.TryGetValue(ReportCodes.Sections.ProblemsAndImprovements, out lastProblems);
        }

        return Result.Success(new ReportDraftView(agencyId, agency.Name, year, stored, report, ReportStore.Check(report, previous), differences,
            lastProblems, timeline, ReportDeadlines.Due(agency.Kind, year)) { Scope = scope });
    }
}
