using System.Text.RegularExpressions;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Splits page text into lines with their page and line numbers, and blanks page furniture that PDF text puts
/// inside tables — a table that runs across a page break has the footer, the page number and the next page's
/// running header between its rows: page numbers such as "-3-", "— 4 —", "第 3 页", "3/6" anywhere, a bare "3" as
/// the last or first line of a page, and a running header or footer (the same line at the top or bottom of two or
/// more pages) on every page after the first (the first page keeps it: it is often also the report's title).
/// </summary>
internal static partial class PageLines
{
    private const int MaxFurnitureLength = 24;

    /// <summary>One line of text and where it was printed.</summary>
    public readonly record struct Line(string Text, SourcePlace Place);

    /// <summary>The lines of a document; form feeds start a new page.</summary>
    public static List<Line> Split(string text, int firstLine = 1)
    {
        var result = new List<Line>(text.AsSpan().Count('\n') + 1);
        var page = 1;
        var lineNo = firstLine - 1;
        foreach (var raw in text.AsSpan().Split('\n'))
        {
            lineNo++;
            var rest = text.AsSpan(raw);
            for (var formFeed = rest.IndexOf('\f'); ; formFeed = rest.IndexOf('\f'))
            {
                var part = (formFeed < 0 ? rest : rest[..formFeed]).TrimEnd('\r');
                result.Add(new Line(Text(part), new SourcePlace(page, lineNo)));
                if (formFeed < 0)
                {
                    break;
                }

                page++;
                rest = rest[(formFeed + 1)..];
            }
        }

        if (page > 1)
        {
            RunningFurniture.Blank(result);
        }

        return result;
    }

    /// <summary>The line's text, or "" for blank lines and page numbers (only short lines can be one).</summary>
    private static string Text(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.IsEmpty)
        {
            return "";
        }

        var text = line.ToString();
        return trimmed.Length <= MaxFurnitureLength && PageFurniture().IsMatch(text) ? "" : text;
    }

    // No match timeout: only lines of at most MaxFurnitureLength characters are matched, and arming the timeout
    // cost more than the match itself.
    [GeneratedRegex(@"^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共?\s*\d{1,3}\s*页?)?|\d{1,3}\s*/\s*\d{1,3})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PageFurniture();
}
