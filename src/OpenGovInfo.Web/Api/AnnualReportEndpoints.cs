using Microsoft.AspNetCore.Http.HttpResults;
using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Web.Portal;

namespace OpenGovInfo.Web.Api;

/// <summary>
/// Open data: <c>/api/v1/agencies/{id}/annual-reports</c> (the published years with their dates and hashes),
/// <c>…/{year}</c> (canonical JSON, <c>opengovinfo/annual-report@1</c>) and <c>…/{year}.csv</c>.
/// </summary>
public static class AnnualReportEndpoints
{
    /// <summary>A published report in the list.</summary>
    /// <param name="Year">The year.</param>
    /// <param name="Status">Always <c>published</c> (drafts are not public).</param>
    /// <param name="PublishedAt">Publication (UTC).</param>
    /// <param name="Due">The legal publication date.</param>
    /// <param name="Late">Published after <paramref name="Due"/>.</param>
    /// <param name="Sha256">SHA-256 of the canonical JSON.</param>
    /// <param name="Json">The JSON's address.</param>
    /// <param name="Csv">The CSV's address.</param>
    public sealed record PublishedReport(int Year, string Status, DateTimeOffset? PublishedAt, DateOnly Due, bool Late, string? Sha256, string Json, string Csv);

    /// <summary>Maps the endpoints on <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapAnnualReports(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agencies/{id:int}/annual-reports").WithTags("年度报告 Annual reports");
        group.MapGet("/", ListAsync).WithName("ListAnnualReports").WithSummary("机关已公开的政府信息公开工作年度报告");
        group.MapGet("/{year:int}", (int id, int year, HttpContext http, GetPublishedReportFile query, CancellationToken ct) =>
            AnnualReportFileEndpoints.DownloadAsync(id, year, "json", http, query, ct)).WithName("GetAnnualReport").WithSummary("年度报告（规范 JSON）");
        group.MapGet("/{year:int}.csv", (int id, int year, HttpContext http, GetPublishedReportFile query, CancellationToken ct) =>
            AnnualReportFileEndpoints.DownloadAsync(id, year, "csv", http, query, ct)).WithName("GetAnnualReportCsv").WithSummary("年度报告（CSV）");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<PublishedReport>>> ListAsync(int id, ListReports reports, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<PublishedReport>>([.. (await reports.PublishedAsync(id, ct)).Select(r => new PublishedReport(
            r.Year, "published", r.PublishedAt, r.Due, r.Late, r.ContentHash,
            $"/api/v1/agencies/{id}/annual-reports/{r.Year}", $"/api/v1/agencies/{id}/annual-reports/{r.Year}.csv"))]);
}
