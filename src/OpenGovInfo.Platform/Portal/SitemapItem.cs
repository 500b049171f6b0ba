namespace OpenGovInfo.Platform.Portal;

/// <summary>An item's sitemap entry: its id and the date it was published (China).</summary>
public sealed record SitemapItem(int Id, DateOnly? PublishedOn);
