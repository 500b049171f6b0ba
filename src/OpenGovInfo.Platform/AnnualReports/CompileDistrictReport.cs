using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// Compiles the district report (条例 第四十九条: the government's report covers its departments): the government's
/// own records plus the element-wise sum of the reports of every agency whose parent it is (its departments and, as
/// published district reports do, its townships). Computed on the fly from the records — nothing is stored, so the
/// roll-up can never disagree with the members' compiled reports. Read-only.
/// </summary>
public sealed class CompileDistrictReport(OpenGovInfoDbContext db, CompileAnnualReport compile)
{
    /// <summary>Runs the use case for the installation's district government.</summary>
    public async Task<Result<DistrictReport>> RunAsync(int year, CancellationToken cancellationToken = default)
    {
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Name, a.Kind, a.ParentId }).ToListAsync(cancellationToken);
        var government = agencies.FirstOrDefault(a => a.Kind == AgencyKind.DistrictGovernment && a.ParentId == null);
        if (government is null)
        {
            return Result.Failure<DistrictReport>(Error.NotFound("区人民政府"));
        }

        if (CompileAnnualReport.CheckYear(year) is { } invalid)
        {
            return Result.Failure<DistrictReport>(invalid);
        }

        // All members in one pass (a query per kind of record, not per agency), the government's own report first.
        var members = await compile.CompileManyAsync(
            [.. agencies.Where(a => a.Id == government.Id || a.ParentId == government.Id)
                .OrderBy(a => a.Id == government.Id ? 0 : 1).ThenBy(a => a.Id).Select(a => (a.Id, a.Name))],
            year, cancellationToken, caseLists: false);

        return Result.Success(new DistrictReport(government.Id, ReportSum.Of(government.Id, government.Name, year, members), members));
    }
}
