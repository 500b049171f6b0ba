using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// Builds the dashboard for a year and the years before it. The ratios are compiled from the records (as the roll-up
/// is), not read from the stored versions: an agency that has not compiled yet still shows where it stands.
/// </summary>
public sealed class GetReportDashboard(OpenGovInfoDbContext db, CompileDistrictReport district, CompileAnnualReport compile, ListReports list)
{
    /// <summary>Years a dashboard covers by default (the trend charts' span).</summary>
    public const int DefaultSpan = 3;

    /// <summary>Runs the use case for <paramref name="year"/> and up to <paramref name="span"/> − 1 years before it.</summary>
    public async Task<Result<ReportDashboard>> RunAsync(int year, int span = DefaultSpan, CancellationToken cancellationToken = default)
    {
        var first = Math.Max(CompileAnnualReport.FirstYear, year - span + 1);
        var years = Enumerable.Range(first, year - first + 1).ToList();
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var lines = agencies.ToDictionary(a => a.Id, _ => new List<DashboardLine>());
        var districtLines = new List<DashboardLine>();
        var governmentId = 0;
        foreach (var y in years)
        {
            var rolled = await district.RunAsync(y, cancellationToken);
            if (!rolled.IsSuccess)
            {
                return Result.Failure<ReportDashboard>(rolled.Errors[0]);
            }

            governmentId = rolled.Value.GovernmentId;
            districtLines.Add(new DashboardLine(y, KeyFigures.Of(rolled.Value.Total.Report), null));
            var compiled = rolled.Value.Members.ToDictionary(m => m.AgencyId);
            // An agency outside the government's tree is not rolled up but still has its own line.
            foreach (var own in await compile.CompileManyAsync([.. agencies.Where(a => !compiled.ContainsKey(a.Id)).Select(a => (a.Id, a.Name))], y, cancellationToken, caseLists: false))
            {
                compiled[own.AgencyId] = own;
            }

            var summaries = (await list.ForOfficeAsync(y, cancellationToken)).ToDictionary(s => s.AgencyId);
            foreach (var agency in agencies)
            {
                lines[agency.Id].Add(new DashboardLine(y, KeyFigures.Of(compiled[agency.Id].Report), summaries.GetValueOrDefault(agency.Id)));
            }
        }

        return Result.Success(new ReportDashboard(
            years,
            [.. agencies.Select(a => new AgencyTrend(a.Id, a.Name, lines[a.Id]))],
            new AgencyTrend(governmentId, "全区合计", districtLines)));
    }
}
