using System.Globalization;
using System.Text;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Turns a table already laid out as a grid (HTML, DOCX, Markdown) into tokens: each row's text cells become its
/// label, its numeric cells exact chunks (a cell is never split), and a blank cell after the first number is a
/// null chunk (the cell exists but prints nothing). Every row ends its own run.
/// </summary>
internal static class GridTokens
{
    /// <summary>Appends the tokens of a grid (rows of cell texts, null = covered by a merged cell).</summary>
    public static void Append(List<ReadToken> tokens, IEnumerable<IReadOnlyList<string?>> rows, ref int line)
    {
        foreach (var row in rows)
        {
            line++;
            AppendRow(tokens, row, new SourcePlace(0, line));
        }
    }

    private static void AppendRow(List<ReadToken> tokens, IReadOnlyList<string?> row, SourcePlace place)
    {
        var label = new StringBuilder();
        var chunks = new List<NumberChunk>();
        var labelled = false;
        var leadingBlanks = 0;
        foreach (var cell in row)
        {
            if (cell is null)
            {
                continue;
            }

            var text = Nfkc.Normalize(cell).Trim();
            if (IsNumber(text))
            {
                FlushLabel(tokens, label, place);
                for (; leadingBlanks > 0; leadingBlanks--)
                {
                    chunks.Add(new NumberChunk(null, true));
                }

                chunks.Add(new NumberChunk(text, true));
            }
            else if (text.Length == 0 || IsPlaceholder(text))
            {
                if (chunks.Count > 0)
                {
                    chunks.Add(new NumberChunk(null, true));
                }
                else if (!labelled)
                {
                    leadingBlanks++;
                }
            }
            else
            {
                FlushNumbers(tokens, chunks, place, keepTrailingBlanks: false);
                label.Append(text).Append(' ');
                labelled = true;
                leadingBlanks = 0;
            }
        }

        FlushLabel(tokens, label, place);

        // A row without any label (Table 4's single data row) is pure cells: its blank cells hold positions, at
        // either end, so they stay. After a label, leading and trailing blanks may be layout and are dropped.
        FlushNumbers(tokens, chunks, place, keepTrailingBlanks: !labelled);
        tokens.Add(ReadToken.Label("", place));
    }

    private static void FlushLabel(List<ReadToken> tokens, StringBuilder label, SourcePlace place)
    {
        if (label.Length > 0)
        {
            tokens.Add(ReadToken.Label(label.ToString(), place));
            label.Clear();
        }
    }

    private static void FlushNumbers(List<ReadToken> tokens, List<NumberChunk> chunks, SourcePlace place, bool keepTrailingBlanks)
    {
        while (!keepTrailingBlanks && chunks.Count > 0 && chunks[^1].Digits is null)
        {
            chunks.RemoveAt(chunks.Count - 1);
        }

        if (chunks.Count > 0)
        {
            tokens.Add(ReadToken.Numbers([.. chunks], place));
            chunks.Clear();
        }
    }

    /// <summary>A whole cell that is one non-negative number (integer or decimal).</summary>
    public static bool IsNumber(string text) =>
        text.Length is > 0 and <= 24 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[^1])
        && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    /// <summary>Dashes and slashes some publishers print in empty cells: not a number, so the cell stays null.</summary>
    private static bool IsPlaceholder(string text) => text is "-" or "—" or "/" or "--" or "——" or "－";
}
