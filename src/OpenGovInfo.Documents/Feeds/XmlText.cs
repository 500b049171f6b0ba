using System.Text;
using System.Xml;

namespace OpenGovInfo.Documents.Feeds;

/// <summary>Shared XML writing details for feeds and sitemaps.</summary>
internal static class XmlText
{
    /// <summary>UTF-8 without a BOM, indented: what feed readers and crawlers expect.</summary>
    internal static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        NewLineChars = "\n",
    };

    /// <summary>
    /// Removes characters XML 1.0 cannot carry (C0 controls other than tab/CR/LF, lone surrogates, U+FFFE/FFFF):
    /// pasted titles contain them, and <see cref="XmlWriter"/> would throw instead of writing the feed.
    /// </summary>
    internal static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>RFC 3339 in UTC with a Z, as Atom requires.</summary>
    internal static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Feeds and sitemaps link to the public web only.</summary>
    internal static void RequireWebUrl(Uri url, string parameter)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"An absolute http(s) URL is required, got '{url}'.", parameter);
        }
    }
}
