using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>Report lists: one agency's years (staff), every agency for a year (政务公开办), the published ones (portal, API).</summary>
public sealed class ListReports(OpenGovInfoDbContext db, TimeProvider clock)
{
    /// <summary>The agency's years from <see cref="CompileAnnualReport.FirstYear"/> to last year (and this year's once saved), newest first.</summary>
    public async Task<IReadOnlyList<ReportSummary>> ForAgencyAsync(int agencyId, CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.Today(clock);
        var lines = await LinesAsync(db.Agencies.Where(a => a.Id == agencyId), null, cancellationToken);
        var years = Enumerable.Range(CompileAnnualReport.FirstYear, Math.Max(0, today.Year - CompileAnnualReport.FirstYear))
            .Concat(lines.Select(l => l.Year)).Distinct().OrderDescending();
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => new { a.Name, a.Kind }).FirstOrDefaultAsync(cancellationToken);
        if (agency is null)
        {
            return [];
        }

        return [.. years.Select(y => lines.FirstOrDefault(l => l.Year == y)
            ?? new ReportSummary(agencyId, agency.Name, y, null, 0, 0, 0, null, null, ReportDeadlines.Due(agency.Kind, y), ReportDeadlines.IsLate(agency.Kind, y, null, today), null))];
    }

    /// <summary>Every agency's report for <paramref name="year"/>, in the district's order.</summary>
    public async Task<IReadOnlyList<ReportSummary>> ForOfficeAsync(int year, CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.Today(clock);
        var lines = await LinesAsync(db.Agencies, year, cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Name, a.Kind }).ToListAsync(cancellationToken);
        return [.. agencies.Select(a => lines.FirstOrDefault(l => l.AgencyId == a.Id)
            ?? new ReportSummary(a.Id, a.Name, year, null, 0, 0, 0, null, null, ReportDeadlines.Due(a.Kind, year), ReportDeadlines.IsLate(a.Kind, year, null, today), null))];
    }

    /// <summary>The agency's published reports, newest year first.</summary>
    public async Task<IReadOnlyList<ReportSummary>> PublishedAsync(int agencyId, CancellationToken cancellationToken = default) =>
        [.. (await LinesAsync(db.Agencies.Where(a => a.Id == agencyId), null, cancellationToken))
            .Where(l => l.Status == ReportStatus.Published).OrderByDescending(l => l.Year)];

    private async Task<List<ReportSummary>> LinesAsync(IQueryable<Agencies.Agency> agencies, int? year, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var rows = await (from r in db.Set<AnnualReportRow>().AsNoTracking()
                          join a in agencies on r.AgencyId equals a.Id
                          join v in db.Set<AnnualReportVersionRow>() on new { r.Id, r.Version } equals new { Id = v.ReportId, v.Version }
                          where year == null || r.Year == year
                          select new { r, a.Name, a.Kind, v.ErrorCount, v.WarningCount }).ToListAsync(cancellationToken);
        return [.. rows.Select(x => new ReportSummary(x.r.AgencyId, x.Name, x.r.Year, x.r.Status, x.r.Version, x.ErrorCount, x.WarningCount,
            x.r.SubmittedAt, x.r.PublishedAt, ReportDeadlines.Due(x.Kind, x.r.Year),
            ReportDeadlines.IsLate(x.Kind, x.r.Year, x.r.PublishedAt is { } p ? ChinaTime.DateOf(p) : null, today), x.r.ContentHash)
        {
            Source = x.r.Source, SourceFileName = x.r.SourceFileName,
        })];
    }
}
