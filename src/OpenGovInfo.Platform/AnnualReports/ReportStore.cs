using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Rules;
using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>Reads stored reports and checks a report with the rules, against last year's report where there is one.</summary>
public sealed class ReportStore(OpenGovInfoDbContext db, CompileAnnualReport compile, CompileDistrictReport district)
{
    /// <summary>Whose report it is: the district government (no parent) reports for the district, everyone else for itself.</summary>
    public async Task<ReportScope> ScopeAsync(int agencyId, CancellationToken cancellationToken) =>
        new(agencyId, await db.Agencies.AsNoTracking().AnyAsync(a => a.Id == agencyId && a.Kind == AgencyKind.DistrictGovernment && a.ParentId == null, cancellationToken));

    /// <summary>
    /// The report as the records give it now: the agency's own records, or for the district government the roll-up
    /// of its members (its own records included) — what the district's published report states.
    /// </summary>
    public async Task<Result<CompiledReport>> CompileAsync(ReportScope scope, int year, CancellationToken cancellationToken)
    {
        if (!scope.IsDistrict)
        {
            return await compile.RunAsync(scope.AgencyId, year, cancellationToken);
        }

        var rolled = await district.RunAsync(year, cancellationToken);
        return rolled.IsSuccess ? Result.Success(rolled.Value.Total) : Result.Failure<CompiledReport>([.. rolled.Errors]);
    }

    /// <summary>The stored report of an agency and year, or null.</summary>
    public Task<AnnualReportRow?> FindAsync(int agencyId, int year, CancellationToken cancellationToken) =>
        db.Set<AnnualReportRow>().FirstOrDefaultAsync(r => r.AgencyId == agencyId && r.Year == year, cancellationToken);

    /// <summary>The latest version's report of a stored report.</summary>
    public async Task<AnnualReport> LatestAsync(AnnualReportRow row, CancellationToken cancellationToken)
    {
        var json = await db.Set<AnnualReportVersionRow>().AsNoTracking()
            .Where(v => v.ReportId == row.Id && v.Version == row.Version).Select(v => v.Json).SingleAsync(cancellationToken);
        return Parse(json);
    }

    /// <summary>
    /// Last year's report for the cross-year rules: the stored one (compiled here or imported), else compiled from
    /// the records when the platform compiles that year, else none.
    /// </summary>
    public async Task<AnnualReport?> PreviousAsync(int agencyId, int year, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, year - 1, cancellationToken) is { } stored)
        {
            return await LatestAsync(stored, cancellationToken);
        }

        if (year - 1 < CompileAnnualReport.FirstYear)
        {
            return null;
        }

        var compiled = await CompileAsync(await ScopeAsync(agencyId, cancellationToken), year - 1, cancellationToken);
        return compiled.IsSuccess ? compiled.Value.Report : null;
    }

    /// <summary>The rules' findings, cross-year against <paramref name="previous"/>.</summary>
    public static IReadOnlyList<Finding> Check(AnnualReport report, AnnualReport? previous) => ConsistencyChecker.Check(report, previous);

    /// <summary>Reads a stored canonical JSON (written by the platform, so a failure is a bug).</summary>
    public static AnnualReport Parse(string json)
    {
        var read = AnnualReportJsonReader.Read(json);
        return read.Succeeded ? read.Report : throw new InvalidOperationException("A stored annual report does not read: " + read.Errors[0].Message);
    }
}
