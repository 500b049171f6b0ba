using System.Text;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Turns page text (pdftotext, innerText, Markdown-ish lines) into label and number tokens. Whitespace and '|'
/// between digit groups keep one number run together, so a row wrapped onto the next line stays one run; any
/// other character ends it. Digits that are plainly narrative (a year before 年, a count before 件) or a row's
/// ordinal glued to the previous row's digits ("…00000002.其他") are given back to the text.
/// </summary>
internal static class TextTokenizer
{
    /// <summary>Tokenizes a whole document.</summary>
    public static List<ReadToken> Tokenize(string text, CancellationToken cancellationToken = default) =>
        Tokenize(text, 1, cancellationToken);

    /// <summary>Tokenizes part of a document that starts at line <paramref name="firstLine"/> of the source.</summary>
    public static List<ReadToken> Tokenize(string text, int firstLine, CancellationToken cancellationToken)
    {
        var state = new TokenizerState();
        var lines = PageLines.Split(Nfkc.Normalize(text), firstLine);
        foreach (var line in lines)
        {
            ReadDeadline.Check(cancellationToken);
            state.Place = line.Place;
            ScanLine(line.Text, state);
            state.Whitespace();
        }

        state.FlushAll();
        return state.Tokens;
    }

    private static void ScanLine(string s, TokenizerState state)
    {
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                i = ScanDigits(s, i, state);
            }
            else if (IsBlankMark(s, i))
            {
                state.Blank();
                i++;
            }
            else if (char.IsWhiteSpace(c) || c == '|' || c == '\u3000')
            {
                state.Whitespace();
                i++;
            }
            else
            {
                state.TextChar(c);
                i++;
            }
        }
    }

    /// <summary>
    /// A lone em dash between separators ("0 — 3") is how tables mark an empty cell: it holds the cell's place in the
    /// run. Dashes in prose ("——", "1月—12月") touch other characters and stay text.
    /// </summary>
    private static bool IsBlankMark(string s, int i) =>
        s[i] == '—' && (i == 0 || IsSeparator(s[i - 1])) && (i + 1 == s.Length || IsSeparator(s[i + 1]));

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c == '|';

    private static int ScanDigits(string s, int start, TokenizerState state)
    {
        var end = start;
        while (end < s.Length && (char.IsAsciiDigit(s[end])
            || (s[end] == '.' && end + 1 < s.Length && char.IsAsciiDigit(s[end + 1]) && !s.AsSpan(start, end - start).Contains('.'))))
        {
            end++;
        }

        var run = s[start..end];
        string? giveBack = null;
        if (end < s.Length && (s[end] == '.' || s[end] == '、') && !run.Contains('.', StringComparison.Ordinal))
        {
            // "…00000002.其他法律…": the last digit is the next row's ordinal, not a cell.
            giveBack = run[^1..];
            run = run[..^1];
        }
        else if (NarrativeUnit(s, end) is { } unit)
        {
            (run, giveBack) = SplitNarrative(run, unit);
        }

        if (run.Length > 0)
        {
            state.Number(run);
        }

        if (giveBack is not null)
        {
            foreach (var ch in giveBack)
            {
                state.TextChar(ch);
            }
        }

        return end;
    }

    /// <summary>The unit character that follows a digit run (after spaces), when it marks narrative.</summary>
    private static char? NarrativeUnit(string s, int end)
    {
        var k = end;
        while (k < s.Length && s[k] == ' ')
        {
            k++;
        }

        return k < s.Length && "年月日件条个次家人项元%余万亿号期篇批户场名".Contains(s[k], StringComparison.Ordinal)
            ? s[k]
            : null;
    }

    /// <summary>"20000022025年": table digits followed by a glued year; a bare "2024年" or "36条" is all narrative.</summary>
    private static (string Run, string GiveBack) SplitNarrative(string run, char unit)
    {
        if (unit == '年' && run.Length > 4 && !run.Contains('.', StringComparison.Ordinal)
            && (run[^4..].StartsWith("19", StringComparison.Ordinal) || run[^4..].StartsWith("20", StringComparison.Ordinal)))
        {
            return (run[..^4], run[^4..]);
        }

        return ("", run);
    }

    /// <summary>Accumulates the current token while scanning.</summary>
    private sealed class TokenizerState
    {
        private readonly StringBuilder text = new();
        private readonly List<NumberChunk> chunks = [];
        private bool textHasContent;
        private SourcePlace tokenPlace;

        public List<ReadToken> Tokens { get; } = [];

        public SourcePlace Place { get; set; }

        public void TextChar(char c)
        {
            FlushNumbers();
            if (!textHasContent)
            {
                tokenPlace = Place;
            }

            text.Append(c);
            textHasContent = true;
        }

        public void Whitespace()
        {
            if (textHasContent)
            {
                text.Append(' ');
            }
        }

        public void Number(string digits)
        {
            FlushText();
            if (chunks.Count == 0)
            {
                tokenPlace = Place;
            }

            chunks.Add(new NumberChunk(digits, false));
        }

        public void Blank()
        {
            FlushText();
            if (chunks.Count == 0)
            {
                tokenPlace = Place;
            }

            chunks.Add(new NumberChunk(null, true));
        }

        public void FlushAll()
        {
            FlushNumbers();
            FlushText();
        }

        private void FlushNumbers()
        {
            if (chunks.Count > 0)
            {
                Tokens.Add(ReadToken.Numbers([.. chunks], tokenPlace));
                chunks.Clear();
            }
        }

        private void FlushText()
        {
            if (textHasContent)
            {
                Tokens.Add(ReadToken.Label(text.ToString(), tokenPlace));
            }

            text.Clear();
            textHasContent = false;
        }
    }
}
