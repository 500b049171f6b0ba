using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Rebuilds a PDF's printed lines from word positions (PdfPig bounding boxes) instead of trusting the content
/// stream order: words whose vertical centres agree form one row, ordered left to right, and a wide horizontal
/// gap (a table column boundary) is kept as a wide gap. Pages are separated by form feeds, like pdftotext.
/// </summary>
internal static class PdfLines
{
    private const double SameLine = 0.45;
    private const double ColumnGap = 1.2;

    /// <summary>The text of every page, rebuilt from positions.</summary>
    public static string Extract(PdfDocument document, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (text.Length > 0)
            {
                text.Append('\f');
            }

            foreach (var line in Lines(page.GetWords()))
            {
                AppendLine(text, line);
            }
        }

        return text.ToString();
    }

    private static List<List<Word>> Lines(IEnumerable<Word> words)
    {
        var ordered = words.Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .OrderByDescending(w => Centre(w)).ThenBy(w => w.BoundingBox.Left).ToList();
        var lines = new List<List<Word>>();
        List<Word>? current = null;
        double centre = 0, height = 0;
        foreach (var word in ordered)
        {
            var h = Math.Max(word.BoundingBox.Height, 1);
            if (current is not null && Math.Abs(Centre(word) - centre) <= SameLine * Math.Max(h, height))
            {
                current.Add(word);
                continue;
            }

            current = [word];
            lines.Add(current);
            centre = Centre(word);
            height = h;
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        }

        return lines;
    }

    private static void AppendLine(StringBuilder text, List<Word> line)
    {
        for (var i = 0; i < line.Count; i++)
        {
            if (i > 0)
            {
                var gap = line[i].BoundingBox.Left - line[i - 1].BoundingBox.Right;
                text.Append(gap > ColumnGap * Math.Max(line[i].BoundingBox.Height, 1) ? "    " : " ");
            }

            text.Append(line[i].Text);
        }

        text.Append('\n');
    }

    private static double Centre(Word word) => (word.BoundingBox.Top + word.BoundingBox.Bottom) / 2;
}
