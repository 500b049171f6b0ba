using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenGovInfo.Documents.Html;

/// <summary>
/// A body typed as plain text (no editor script, or pasted from a text file) keeps its paragraphs and line breaks:
/// HTML would fold every newline into a space, so a blank line becomes a new &lt;p&gt; and a single newline a &lt;br&gt;.
/// Input that contains a tag is HTML already and is left alone.
/// </summary>
public static partial class PlainTextBody
{
    /// <summary><paramref name="body"/> as HTML paragraphs when it is plain text; unchanged when it is HTML or empty.</summary>
    public static string? ToHtml(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || Tag().IsMatch(body))
        {
            return body;
        }

        var html = new StringBuilder(body.Length + 32);
        foreach (var paragraph in BlankLine().Split(body.Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            var lines = paragraph.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (lines.Count > 0)
            {
                html.Append("<p>").AppendJoin("<br>", lines.Select(WebUtility.HtmlEncode)).Append("</p>");
            }
        }

        return html.ToString();
    }

    // A tag, a closing tag, a comment or a doctype; "a < b" in prose is not HTML.
    [GeneratedRegex("<[A-Za-z!/]", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n[ \t\u3000]*\n\s*", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLine();
}
