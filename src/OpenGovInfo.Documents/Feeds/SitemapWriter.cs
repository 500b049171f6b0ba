using System.Globalization;
using System.Text;
using System.Xml;

namespace OpenGovInfo.Documents.Feeds;

/// <summary>
/// Writes sitemaps (sitemaps.org protocol 0.9). A file holds at most 50,000 URLs and 50 MB uncompressed, so a
/// large portal's URLs are split over several files, listed by a sitemap index (<see cref="WriteIndex"/>).
/// </summary>
public static class SitemapWriter
{
    /// <summary>The sitemap namespace.</summary>
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The protocol's limit of URLs per file.</summary>
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>The protocol's limit of bytes per uncompressed file, less room for the envelope.</summary>
    private const long MaxBytesPerFile = (50L * 1024 * 1024) - 1024;

    /// <summary>The sitemap files for <paramref name="urls"/>, in order, each within both limits (at least one file).</summary>
    public static IReadOnlyList<string> WriteUrlSets(IEnumerable<SitemapUrl> urls, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUrlsPerFile, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxUrlsPerFile, MaxUrlsPerFile);
        var files = new List<string>();
        var page = new List<SitemapUrl>();
        long bytes = 0;
        foreach (var url in urls)
        {
            var size = EstimatedBytes(url);
            if (page.Count == maxUrlsPerFile || bytes + size > MaxBytesPerFile)
            {
                files.Add(Write("urlset", "url", page));
                (page, bytes) = ([], 0);
            }

            page.Add(url);
            bytes += size;
        }

        files.Add(Write("urlset", "url", page));
        return files;
    }

    /// <summary>The sitemap index listing the sitemap files (each <see cref="SitemapUrl.Location"/> is a file).</summary>
    public static string WriteIndex(IEnumerable<SitemapUrl> sitemaps) => Write("sitemapindex", "sitemap", [.. sitemaps]);

    private static string Write(string root, string item, List<SitemapUrl> urls)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlText.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, Namespace);
            foreach (var url in urls)
            {
                Validate(url);
                xml.WriteStartElement(item, Namespace);
                xml.WriteElementString("loc", Namespace, url.Location.AbsoluteUri);
                if (url.LastModified is { } date)
                {
                    xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Validate(SitemapUrl url)
    {
        XmlText.RequireWebUrl(url.Location, nameof(url));
        if (url.Location.AbsoluteUri.Length >= 2048)
        {
            throw new ArgumentException($"Sitemap URLs must be shorter than 2,048 characters: {url.Location}", nameof(url));
        }
    }

    /// <summary>
    /// Upper bound of the bytes one entry takes: AbsoluteUri is ASCII (percent-encoded), only &amp; grows when escaped
    /// (to &amp;amp;), and the tags, lastmod and indentation take under 80 bytes.
    /// </summary>
    private static long EstimatedBytes(SitemapUrl url)
    {
        var loc = url.Location.AbsoluteUri;
        return loc.Length + (4L * loc.Count(c => c == '&')) + 80;
    }
}
