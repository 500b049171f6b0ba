using System.Xml.Linq;
using OpenGovInfo.Documents.Feeds;

namespace OpenGovInfo.Documents.Tests.Feeds;

public sealed class AtomFeedWriterTests
{
    private static readonly XNamespace Atom = AtomFeedWriter.Namespace;
    private static readonly Uri Site = new("https://gov.example.cn/");

    private static AtomFeed Feed(params AtomEntry[] entries) => new(
        "tag:gov.example.cn,2024-01-01:feed", "某市人民政府 政府信息公开", new Uri(Site, "feed.atom"), Site, "某市人民政府办公室",
        entries, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private static AtomEntry Entry(int id, string title, DateTimeOffset updated, string? summary = null) => new(
        AtomTagUri.Create("gov.example.cn", new DateOnly(2024, 1, 1), $"item/{id}"), title, new Uri(Site, $"items/{id}"),
        updated, summary);

    [Fact]
    public void Writes_the_required_feed_and_entry_elements()
    {
        var shanghai = TimeSpan.FromHours(8);
        var feed = Feed(
            Entry(1, "2024年政府信息公开工作年度报告", new DateTimeOffset(2025, 1, 20, 9, 30, 0, shanghai), "年度报告全文"),
            Entry(2, "关于印发办法的通知", new DateTimeOffset(2025, 3, 2, 8, 0, 0, shanghai)));

        var doc = XDocument.Parse(AtomFeedWriter.Write(feed));

        var root = doc.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        Assert.Equal("tag:gov.example.cn,2024-01-01:feed", root.Element(Atom + "id")!.Value);
        Assert.Equal("某市人民政府 政府信息公开", root.Element(Atom + "title")!.Value);
        Assert.Equal("2025-03-02T00:00:00Z", root.Element(Atom + "updated")!.Value);
        Assert.Equal("某市人民政府办公室", root.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("https://gov.example.cn/feed.atom",
            root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var entries = root.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal("tag:gov.example.cn,2024-01-01:item/1", entries[0].Element(Atom + "id")!.Value);
        Assert.Equal("2025-01-20T01:30:00Z", entries[0].Element(Atom + "updated")!.Value);
        Assert.Equal("https://gov.example.cn/items/1", entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("年度报告全文", entries[0].Element(Atom + "summary")!.Value);
        Assert.Null(entries[1].Element(Atom + "summary"));
    }

    [Fact]
    public void Titles_with_ampersands_angle_brackets_and_control_characters_round_trip_escaped()
    {
        var title = "A&B <script>alert(1)</script> 公开\u0001\u0008";
        var text = AtomFeedWriter.Write(Feed(Entry(1, title, DateTimeOffset.UnixEpoch, "x < y & z")));

        var entry = XDocument.Parse(text).Root!.Element(Atom + "entry")!;

        Assert.Equal("A&B <script>alert(1)</script> 公开", entry.Element(Atom + "title")!.Value);
        Assert.Equal("x < y & z", entry.Element(Atom + "summary")!.Value);
        Assert.Contains("A&amp;B &lt;script&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_feed_is_valid_and_dated_by_its_fallback()
    {
        var root = XDocument.Parse(AtomFeedWriter.Write(Feed())).Root!;

        Assert.Equal("2024-01-01T00:00:00Z", root.Element(Atom + "updated")!.Value);
        Assert.Empty(root.Elements(Atom + "entry"));
    }

    [Fact]
    public void Output_is_utf8_without_bom()
    {
        using var stream = new MemoryStream();
        AtomFeedWriter.Write(Feed(Entry(1, "公开", DateTimeOffset.UnixEpoch)), stream);

        var bytes = stream.ToArray();
        Assert.Equal((byte)'<', bytes[0]);
        Assert.Contains("encoding=\"utf-8\"", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_uris_follow_rfc_4151()
    {
        Assert.Equal("tag:gov.example.cn,2024-03-01:item/42", AtomTagUri.Create("GOV.example.cn", new DateOnly(2024, 3, 1), "item/42"));
        Assert.Equal("tag:a.cn,2024-03-01:item/%E5%85%AC%20x", AtomTagUri.Create("a.cn", new DateOnly(2024, 3, 1), "item/公 x"));
    }

    [Fact]
    public void Non_web_links_are_a_programming_error()
    {
        var entry = Entry(1, "x", DateTimeOffset.UnixEpoch) with { Link = new Uri("javascript:alert(1)") };

        Assert.Throws<ArgumentException>(() => AtomFeedWriter.Write(Feed(entry)));
    }
}
