using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Rebuilds a PDF's printed lines from glyph positions (PdfPig letters with their baselines) instead of trusting
/// the content-stream order: glyphs on one baseline form a row, ordered left to right; a gap wider than a space
/// separates words, and a gap wider than <see cref="ColumnGap"/> glyph sizes (a table column boundary) is kept wide.
/// Working on letters costs about what PdfPig's own <c>page.Text</c> costs; its word extractor would cost several times more.
/// </summary>
internal static class PdfLines
{
    private const double SameLine = 0.3;
    private const double WordGap = 0.2;
    private const double ColumnGap = 1.2;

    /// <summary>The text of every page, rebuilt from positions; pages are separated by form feeds, like pdftotext.</summary>
    public static string Extract(PdfDocument document, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            ReadDeadline.Check(cancellationToken);
            if (text.Length > 0)
            {
                text.Append('\f');
            }

            foreach (var line in Lines(page.Letters))
            {
                AppendLine(text, line);
            }
        }

        return text.ToString();
    }

    private static List<List<Letter>> Lines(IReadOnlyList<Letter> letters)
    {
        var ordered = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        ordered.Sort((a, b) => b.StartBaseLine.Y.CompareTo(a.StartBaseLine.Y));
        var lines = new List<List<Letter>>();
        List<Letter>? current = null;
        double baseline = 0;
        foreach (var letter in ordered)
        {
            if (current is not null && Math.Abs(letter.StartBaseLine.Y - baseline) <= SameLine * Size(letter))
            {
                current.Add(letter);
                continue;
            }

            current = [letter];
            lines.Add(current);
            baseline = letter.StartBaseLine.Y;
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        }

        return lines;
    }

    private static void AppendLine(StringBuilder text, List<Letter> line)
    {
        for (var i = 0; i < line.Count; i++)
        {
            if (i > 0)
            {
                var gap = line[i].StartBaseLine.X - line[i - 1].EndBaseLine.X;
                var size = Size(line[i]);
                text.Append(gap > ColumnGap * size ? "    " : gap > WordGap * size ? " " : "");
            }

            text.Append(line[i].Value);
        }

        text.Append('\n');
    }

    private static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
}
