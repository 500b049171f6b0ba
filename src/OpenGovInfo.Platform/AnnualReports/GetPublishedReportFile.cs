using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>A frozen file of a published report.</summary>
/// <param name="FileName">Download name, e.g. 平桥区…2023年政府信息公开工作年度报告.pdf.</param>
/// <param name="ContentType">MIME type.</param>
/// <param name="Content">The bytes as published.</param>
/// <param name="Sha256">Their SHA-256.</param>
public sealed record PublishedReportFile(string FileName, string ContentType, byte[] Content, string Sha256);

/// <summary>A published report's HTML, DOCX, PDF, JSON or CSV, exactly as frozen at publication.</summary>
public sealed class GetPublishedReportFile(OpenGovInfoDbContext db)
{
    /// <summary>The formats kept.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["html", "docx", "pdf", "json", "csv"];

    /// <summary>Runs the query.</summary>
    public async Task<Result<PublishedReportFile>> RunAsync(int agencyId, int year, string format, CancellationToken cancellationToken = default)
    {
        format = format.ToLowerInvariant();
        var found = await (from r in db.Set<AnnualReportRow>().AsNoTracking()
                           join f in db.Set<AnnualReportFileRow>() on r.Id equals f.ReportId
                           join a in db.Agencies on r.AgencyId equals a.Id
                           where r.AgencyId == agencyId && r.Year == year && r.Status == ReportStatus.Published && f.Format == format
                           select new { a.Name, f.ContentType, f.Content, f.Sha256 }).FirstOrDefaultAsync(cancellationToken);
        return found is null
            ? Result.Failure<PublishedReportFile>(Error.NotFound("该年度报告"))
            : Result.Success(new PublishedReportFile($"{found.Name}{year}年政府信息公开工作年度报告.{format}", found.ContentType, found.Content, found.Sha256));
    }
}
