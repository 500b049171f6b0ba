namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Markdown and pipe-row text: lines shaped like table rows (<c>| a | b |</c> or <c>a | b | c |</c>) are grid rows,
/// separator rows (<c>|---|</c>) are skipped, every other line goes through the text tokenizer.
/// </summary>
internal static class MarkdownTokens
{
    /// <summary>Tokenizes a Markdown document.</summary>
    public static List<ReadToken> Tokenize(string text, CancellationToken cancellationToken)
    {
        var tokens = new List<ReadToken>();
        var prose = new List<string>();
        var line = 0;
        var proseStart = 1;
        foreach (var raw in text.Split('\n'))
        {
            ReadDeadline.Check(cancellationToken);
            line++;
            var trimmed = raw.Trim();
            if (trimmed.Count(c => c == '|') < 2)
            {
                proseStart = prose.Count == 0 ? line : proseStart;
                prose.Add(raw);
                continue;
            }

            FlushProse(tokens, prose, proseStart, cancellationToken);
            if (trimmed.All(c => c is '|' or '-' or ':' or ' '))
            {
                continue;
            }

            var cells = trimmed.Trim('|').Split('|').Select(c => (string?)c.Trim()).ToList();
            var gridLine = line - 1;
            GridTokens.Append(tokens, [cells], ref gridLine);
        }

        FlushProse(tokens, prose, proseStart, cancellationToken);
        return tokens;
    }

    private static void FlushProse(List<ReadToken> tokens, List<string> prose, int firstLine, CancellationToken cancellationToken)
    {
        if (prose.Count > 0)
        {
            tokens.AddRange(TextTokenizer.Tokenize(string.Join('\n', prose), firstLine, cancellationToken));
            prose.Clear();
        }
    }
}
