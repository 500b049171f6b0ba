using Microsoft.Net.Http.Headers;
using OpenGovInfo.Platform.AnnualReports;

namespace OpenGovInfo.Web.Portal;

/// <summary>
/// <c>/agencies/{id}/annual-reports/{year}.{format}</c>: a published report's frozen HTML (shown), DOCX, PDF, JSON and
/// CSV (downloaded), byte for byte as at publication; the SHA-256 travels in a header so that anyone can check it.
/// </summary>
public static class AnnualReportFileEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static WebApplication MapAnnualReportFiles(this WebApplication app)
    {
        app.MapGet("/agencies/{id:int}/annual-reports/{year:int}.{format}", DownloadAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>Writes a frozen file (also used by the API).</summary>
    public static async Task<IResult> DownloadAsync(int id, int year, string format, HttpContext http, GetPublishedReportFile query, CancellationToken ct)
    {
        if (!GetPublishedReportFile.Formats.Contains(format.ToLowerInvariant()))
        {
            return Results.NotFound();
        }

        var result = await query.RunAsync(id, year, format, ct);
        if (!result.IsSuccess)
        {
            return Results.NotFound();
        }

        var file = result.Value;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["X-Content-SHA256"] = file.Sha256;
        if (!string.Equals(format, "html", StringComparison.OrdinalIgnoreCase))
        {
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(file.FileName);
            http.Response.Headers.ContentDisposition = disposition.ToString();
        }

        return Results.Bytes(file.Content, file.ContentType);
    }
}
