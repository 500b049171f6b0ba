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
    /// <summary>One line of text and where it was printed.</summary>
    public readonly record struct Line(string Text, SourcePlace Place);

    /// <summary>The lines of a document; form feeds start a new page.</summary>
    public static List<Line> Split(string text, int firstLine = 1)
    {
        var result = new List<Line>();
        var page = 1;
        var lineNo = firstLine - 1;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var parts = raw.Split('\f');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    page++;
                }

                var line = parts[p].TrimEnd('\r');
                result.Add(new Line(PageFurniture().IsMatch(line) ? "" : line, new SourcePlace(page, lineNo)));
            }
        }

        if (page > 1)
        {
            RunningFurniture.Blank(result);
        }

        return result;
    }

    [GeneratedRegex(@"^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,，/共]\s*\d{1,3}\s*页?)?|\d{1,3}\s*/\s*\d{1,3})\s*$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex PageFurniture();
}
