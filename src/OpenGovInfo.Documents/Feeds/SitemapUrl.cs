namespace OpenGovInfo.Documents.Feeds;

/// <summary>One page in a sitemap, or one sitemap file in a sitemap index.</summary>
/// <param name="Location">The absolute http(s) URL (fewer than 2,048 characters, per sitemaps.org).</param>
/// <param name="LastModified">The date the page last changed, or null.</param>
public sealed record SitemapUrl(Uri Location, DateOnly? LastModified = null);
