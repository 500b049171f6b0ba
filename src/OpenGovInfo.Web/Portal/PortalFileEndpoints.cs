using System.Text;
using Microsoft.Net.Http.Headers;
using OpenGovInfo.Documents.Feeds;
using OpenGovInfo.Platform.Portal;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Portal;

/// <summary>The portal's non-page resources: attachment downloads, Atom feeds and the sitemap.</summary>
public static class PortalFileEndpoints
{
    private const int FeedSize = 50;

    /// <summary>Maps the endpoints.</summary>
    public static WebApplication MapPortalFiles(this WebApplication app)
    {
        app.MapGet("/attachments/{storageName}", DownloadAsync).ExcludeFromDescription();
        app.MapGet("/feed.atom", (HttpContext http, ListItems list, SiteOptions site, CancellationToken ct) => FeedAsync(http, list, site, null, ct))
            .ExcludeFromDescription().CacheOutput(PortalCache.Policy);
        app.MapGet("/agencies/{id:int}/feed.atom", (int id, HttpContext http, ListItems list, SiteOptions site, CancellationToken ct) => FeedAsync(http, list, site, id, ct))
            .ExcludeFromDescription().CacheOutput(PortalCache.Policy);
        app.MapGet("/sitemap.xml", SitemapIndexAsync).ExcludeFromDescription().CacheOutput(PortalCache.Policy);
        app.MapGet("/sitemaps/items-{file:int}.xml", SitemapFileAsync).ExcludeFromDescription().CacheOutput(PortalCache.Policy);
        return app;
    }

    private static async Task<IResult> DownloadAsync(string storageName, HttpContext http, GetAttachment query, CancellationToken ct)
    {
        var file = await query.PublicAsync(storageName, ct);
        if (file is null)
        {
            return Results.NotFound();
        }

        // Always a download, never rendered inline, and the browser must not second-guess the sniffed type.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.DisplayName);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return Results.Bytes(file.Bytes, file.ContentType);
    }

    private static async Task<IResult> FeedAsync(HttpContext http, ListItems list, SiteOptions site, int? agencyId, CancellationToken ct)
    {
        var page = await list.RunAsync(new ItemFilter(agencyId, PageSize: FeedSize), ct);
        var root = Root(http);
        var self = new Uri(root, agencyId is null ? "/feed.atom" : $"/agencies/{agencyId}/feed.atom");
        var entries = page.Items.Select(i => new AtomEntry(
            AtomTagUri.Create(site.Authority, new DateOnly(2026, 1, 1), $"item/{i.Id}"), i.Title,
            new Uri(root, $"/items/{i.Id}"), PublishedInstant(i), $"{i.CategoryName} {i.IndexNumber}")).ToList();
        // The site-wide feed is the installation's (configured, never a name in code); an agency's feed is the agency's.
        var author = agencyId is not null && page.Items.Count > 0 ? page.Items[0].IssuingAgency : site.Publisher;
        var feed = new AtomFeed(self.ToString(), agencyId is null ? site.Name : $"{author} 政府信息公开", self,
            new Uri(root, agencyId is null ? "/" : $"/agencies/{agencyId}"), author, entries, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        return Results.Text(AtomFeedWriter.Write(feed), "application/atom+xml; charset=utf-8", Encoding.UTF8);
    }

    // The sitemap is an index of files of every public item (not only the newest), each file a fixed run of ids.
    private static async Task<IResult> SitemapIndexAsync(HttpContext http, ListSitemapItems items, IConfiguration configuration, CancellationToken ct)
    {
        var root = Root(http);
        var perFile = ItemsPerSitemapFile(configuration);
        var files = Math.Max(1, (int)Math.Ceiling(await items.CountAsync(ct) / (double)perFile));
        var sitemaps = Enumerable.Range(1, files).Select(f => new SitemapUrl(new Uri(root, $"/sitemaps/items-{f}.xml")));
        return Results.Text(SitemapWriter.WriteIndex(sitemaps), "application/xml; charset=utf-8", Encoding.UTF8);
    }

    private static async Task<IResult> SitemapFileAsync(int file, HttpContext http, ListSitemapItems items, IConfiguration configuration, CancellationToken ct)
    {
        if (file < 1)
        {
            return Results.NotFound();
        }

        var root = Root(http);
        var page = await items.FileAsync(file, ItemsPerSitemapFile(configuration), ct);
        if (page.Count == 0 && file > 1)
        {
            return Results.NotFound();
        }

        // The home page leads the first file.
        var urls = file == 1 ? new List<SitemapUrl> { new(new Uri(root, "/")) } : [];
        urls.AddRange(page.Select(i => new SitemapUrl(new Uri(root, $"/items/{i.Id}"), i.PublishedOn)));
        return Results.Text(SitemapWriter.WriteUrlSets(urls)[0], "application/xml; charset=utf-8", Encoding.UTF8);
    }

    // Portal:Sitemap:ItemsPerFile, 10,000 by default: well inside the protocol's 50,000 URLs and 50 MB per file.
    private static int ItemsPerSitemapFile(IConfiguration configuration) =>
        Math.Clamp(configuration.GetValue("Portal:Sitemap:ItemsPerFile", 10_000), 1, SitemapWriter.MaxUrlsPerFile - 1);

    private static DateTimeOffset PublishedInstant(ItemSummary item) =>
        Domain.Calendar.ChinaTime.At(item.PublishedOn ?? DateOnly.FromDateTime(DateTime.UnixEpoch), TimeOnly.MinValue);

    private static Uri Root(HttpContext http) => new($"{http.Request.Scheme}://{http.Request.Host}/");
}
