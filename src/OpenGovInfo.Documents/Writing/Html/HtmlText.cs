using System.Text;

namespace OpenGovInfo.Documents.Writing.Html;

/// <summary>
/// Escapes text for HTML element content and quoted attributes. Only the five markup characters are replaced so
/// the Chinese text stays readable in the source (and in golden-file diffs).
/// </summary>
internal static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> escaped.</summary>
    public static StringBuilder AppendEncoded(this StringBuilder sb, string text)
    {
        foreach (var ch in text)
        {
            _ = ch switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                _ => sb.Append(ch),
            };
        }

        return sb;
    }
}
