namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// A report's extracted text as numbered lines (pages from form feeds), so findings can say where they looked.
/// Built once per report; the checks only read it.
/// </summary>
public sealed class ReportText
{
    private ReportText(IReadOnlyList<TextLine> lines, bool paged)
    {
        Lines = lines;
        Paged = paged;
        Compact = string.Concat(lines.Select(l => l.Key));
        starts = new int[lines.Count];
        for (int i = 0, at = 0; i < lines.Count; at += lines[i].Key.Length, i++)
        {
            starts[i] = at;
        }
    }

    private readonly int[] starts;
    private IReadOnlyList<OutlineHeading>? outline;

    /// <summary>No text (a report given only as tables).</summary>
    public static ReportText Empty { get; } = new([], false);

    /// <summary>The lines.</summary>
    public IReadOnlyList<TextLine> Lines { get; }

    /// <summary>True when the text had page breaks.</summary>
    public bool Paged { get; }

    /// <summary>Every line's key joined: the text with no whitespace, for phrases a line break may split.</summary>
    public string Compact { get; }

    /// <summary>The line holding the character at <paramref name="offset"/> of <see cref="Compact"/>.</summary>
    public TextLine LineAt(int offset)
    {
        var i = Array.BinarySearch(starts, offset);
        if (i < 0)
        {
            i = ~i - 1;
        }

        // Empty lines share their offset with the next line; the last of them is the one holding the character.
        while (i + 1 < starts.Length && starts[i + 1] == offset)
        {
            i++;
        }

        return Lines[Math.Clamp(i, 0, Lines.Count - 1)];
    }

    /// <summary>Where the line holding <paramref name="offset"/> ends in <see cref="Compact"/>.</summary>
    public int LineEnd(int offset)
    {
        var line = LineAt(offset);
        return starts[line.Number - 1] + line.Key.Length;
    }

    /// <summary>True when <paramref name="offset"/> of <see cref="Compact"/> starts a line.</summary>
    public bool StartsLine(int offset) => Array.BinarySearch(starts, offset) >= 0;

    /// <summary>Splits text on line breaks; a form feed starts a new page.</summary>
    public static ReportText Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Empty;
        }

        var paged = text.Contains('\f', StringComparison.Ordinal);
        var lines = new List<TextLine>();
        var page = 1;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            var breaks = line.Count(c => c == '\f');
            line = line.Replace("\f", "", StringComparison.Ordinal);
            page += breaks;
            lines.Add(new TextLine(paged ? page : null, number, line, LabelText.Normalize(line)));
        }

        return new ReportText(lines, paged);
    }

    /// <summary>The first line (from <paramref name="fromLine"/>) where <paramref name="phrase"/> (normalised) starts,
    /// found in <see cref="Compact"/> so a phrase a line break splits is found too; null when absent.</summary>
    public TextLine? Find(string phrase, int fromLine = 1)
    {
        var key = LabelText.Normalize(phrase);
        if (key.Length == 0 || Lines.Count == 0)
        {
            return null;
        }

        var from = starts[Math.Clamp(fromLine - 1, 0, starts.Length - 1)];
        var at = Compact.IndexOf(key, from, StringComparison.Ordinal);
        return at < 0 ? null : LineAt(at);
    }

    /// <summary>The report's section headings (computed once).</summary>
    public IReadOnlyList<OutlineHeading> Outline => outline ??= ReportOutline.Of(this);

    /// <summary>Evidence for a phrase: its line and page when found, the phrase as excerpt either way.</summary>
    public Evidence Quote(string phrase, string? cell = null, string? value = null)
    {
        var line = Find(phrase);
        return new Evidence(cell, value, line?.Page, line?.Number, Excerpt(phrase));
    }

    /// <summary>A phrase cut to a readable length.</summary>
    public static string Excerpt(string text) => text.Length <= 80 ? text.Trim() : text[..80].Trim() + "…";
}
