using System.Xml.Linq;
using OpenGovInfo.Documents.Feeds;

namespace OpenGovInfo.Documents.Tests.Feeds;

public sealed class SitemapWriterTests
{
    private static readonly XNamespace Sm = SitemapWriter.Namespace;

    private static SitemapUrl Url(int i) => new(new Uri($"https://gov.example.cn/items/{i}?a=1&b=2"), new DateOnly(2024, 1, 1).AddDays(i % 365));

    [Fact]
    public void Writes_loc_and_lastmod_with_escaped_ampersands()
    {
        var text = Assert.Single(SitemapWriter.WriteUrlSets([Url(1), new SitemapUrl(new Uri("https://gov.example.cn/"))]));

        var urls = XDocument.Parse(text).Root!.Elements(Sm + "url").ToList();
        Assert.Equal(Sm + "urlset", XDocument.Parse(text).Root!.Name);
        Assert.Equal("https://gov.example.cn/items/1?a=1&b=2", urls[0].Element(Sm + "loc")!.Value);
        Assert.Equal("2024-01-02", urls[0].Element(Sm + "lastmod")!.Value);
        Assert.Null(urls[1].Element(Sm + "lastmod"));
        Assert.Contains("?a=1&amp;b=2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_paths_are_percent_encoded()
    {
        var text = SitemapWriter.WriteUrlSets([new SitemapUrl(new Uri("https://gov.example.cn/栏目/公开"))])[0];

        Assert.Equal("https://gov.example.cn/%E6%A0%8F%E7%9B%AE/%E5%85%AC%E5%BC%80",
            XDocument.Parse(text).Root!.Element(Sm + "url")!.Element(Sm + "loc")!.Value);
    }

    [Fact]
    public void More_than_50000_urls_are_split_into_files_of_at_most_50000()
    {
        var files = SitemapWriter.WriteUrlSets(Enumerable.Range(0, 120_001).Select(Url));

        var counts = files.Select(f => XDocument.Parse(f).Root!.Elements(Sm + "url").Count()).ToList();
        Assert.Equal([50_000, 50_000, 20_001], counts);
        Assert.Equal("https://gov.example.cn/items/50000?a=1&b=2",
            XDocument.Parse(files[1]).Root!.Elements(Sm + "url").First().Element(Sm + "loc")!.Value);
        Assert.All(files, f => Assert.True(System.Text.Encoding.UTF8.GetByteCount(f) < 50 * 1024 * 1024));
    }

    [Fact]
    public void An_empty_site_still_gets_one_valid_file()
    {
        var file = Assert.Single(SitemapWriter.WriteUrlSets([]));

        Assert.Empty(XDocument.Parse(file).Root!.Elements());
    }

    [Fact]
    public void The_index_lists_the_sitemap_files()
    {
        var index = XDocument.Parse(SitemapWriter.WriteIndex(
        [
            new SitemapUrl(new Uri("https://gov.example.cn/sitemap-1.xml"), new DateOnly(2025, 3, 2)),
            new SitemapUrl(new Uri("https://gov.example.cn/sitemap-2.xml")),
        ])).Root!;

        Assert.Equal(Sm + "sitemapindex", index.Name);
        Assert.Equal(["https://gov.example.cn/sitemap-1.xml", "https://gov.example.cn/sitemap-2.xml"],
            index.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value));
        Assert.Equal("2025-03-02", index.Element(Sm + "sitemap")!.Element(Sm + "lastmod")!.Value);
    }

    [Fact]
    public void Overlong_and_non_web_urls_are_programming_errors()
    {
        var longUrl = new SitemapUrl(new Uri("https://gov.example.cn/" + new string('a', 2_100)));

        Assert.Throws<ArgumentException>(() => SitemapWriter.WriteUrlSets([longUrl]));
        Assert.Throws<ArgumentException>(() => SitemapWriter.WriteUrlSets([new SitemapUrl(new Uri("ftp://gov.example.cn/x"))]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SitemapWriter.WriteUrlSets([], 50_001));
    }
}
