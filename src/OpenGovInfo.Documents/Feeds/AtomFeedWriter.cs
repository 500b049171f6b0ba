using System.Text;
using System.Xml;

namespace OpenGovInfo.Documents.Feeds;

/// <summary>Writes an Atom 1.0 feed (RFC 4287) of published items.</summary>
public static class AtomFeedWriter
{
    /// <summary>The Atom namespace.</summary>
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>The feed as a UTF-8 XML string.</summary>
    public static string Write(AtomFeed feed)
    {
        using var stream = new MemoryStream();
        Write(feed, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the feed to <paramref name="output"/> as UTF-8 (serve as <c>application/atom+xml</c>).</summary>
    public static void Write(AtomFeed feed, Stream output)
    {
        XmlText.RequireWebUrl(feed.SelfLink, nameof(feed));
        XmlText.RequireWebUrl(feed.AlternateLink, nameof(feed));
        using var xml = XmlWriter.Create(output, XmlText.Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Namespace);
        xml.WriteAttributeString("xml", "lang", null, "zh-CN");
        xml.WriteElementString("id", Namespace, XmlText.Clean(feed.Id));
        xml.WriteElementString("title", Namespace, XmlText.Clean(feed.Title));
        xml.WriteElementString("updated", Namespace, XmlText.Instant(feed.Updated));
        WriteLink(xml, "self", feed.SelfLink, "application/atom+xml");
        WriteLink(xml, "alternate", feed.AlternateLink, "text/html");
        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, XmlText.Clean(feed.AuthorName));
        xml.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            WriteEntry(xml, entry);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteEntry(XmlWriter xml, AtomEntry entry)
    {
        XmlText.RequireWebUrl(entry.Link, nameof(entry));
        xml.WriteStartElement("entry", Namespace);
        xml.WriteElementString("id", Namespace, XmlText.Clean(entry.Id));
        xml.WriteElementString("title", Namespace, XmlText.Clean(entry.Title));
        xml.WriteElementString("updated", Namespace, XmlText.Instant(entry.Updated));
        WriteLink(xml, "alternate", entry.Link, "text/html");
        if (!string.IsNullOrWhiteSpace(entry.Summary))
        {
            xml.WriteStartElement("summary", Namespace);
            xml.WriteAttributeString("type", "text");
            xml.WriteString(XmlText.Clean(entry.Summary));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string rel, Uri href, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        xml.WriteEndElement();
    }
}
