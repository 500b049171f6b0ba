using OpenGovInfo.Documents.Reading;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// <c>--fetch URL…</c>: downloads each page or document and reads it like a file (the shape comes from the content).
/// A failed download is a failed read of that address, so it appears in every output like an unreadable file.
/// </summary>
internal static class AuditFetch
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>One result per address, in the order given (source = the address).</summary>
    public static ReportReadResult[] ReadAll(IReadOnlyList<string> urls, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = Timeout };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("OpenGovInfo-ogi/0.1 (+annual report audit)");
        var results = new ReportReadResult[urls.Count];
        Parallel.For(0, urls.Count, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            i => results[i] = ReadOne(http, urls[i], cancellationToken));
        return results;
    }

    private static ReportReadResult ReadOne(HttpClient http, string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return ReportReadResult.Failed(url, DocumentShape.Unknown, ReadFailure.NotAReport, "不是 http(s) 网址");
        }

        try
        {
            using var response = http.GetAsync(uri, cancellationToken).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                return ReportReadResult.Failed(url, DocumentShape.Unknown, ReadFailure.Corrupt,
                    $"下载失败：HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            using var body = response.Content.ReadAsStream(cancellationToken);
            return AnnualReportReader.Read(body, url, cancellationToken: cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return ReportReadResult.Failed(url, DocumentShape.Unknown, ReadFailure.Corrupt, "下载失败：" + ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ReportReadResult.Failed(url, DocumentShape.Unknown, ReadFailure.TimedOut, $"下载超时（{Timeout.TotalSeconds:F0} 秒）");
        }
    }
}
