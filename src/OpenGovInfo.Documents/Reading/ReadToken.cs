namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// The shape-independent unit every reader produces: either label text or a run of numbers, with where it was
/// printed. The interpreter only ever sees these, so text, PDF, DOCX, HTML and Markdown share one table logic.
/// </summary>
internal sealed class ReadToken
{
    private ReadToken(string text, IReadOnlyList<NumberChunk>? chunks, SourcePlace place)
    {
        Text = text;
        Chunks = chunks ?? [];
        Place = place;
    }

    /// <summary>The raw text (for a number run, the chunks joined by spaces).</summary>
    public string Text { get; }

    /// <summary>The number chunks; empty for a text token.</summary>
    public IReadOnlyList<NumberChunk> Chunks { get; }

    /// <summary>True for a run of numbers.</summary>
    public bool IsNumber => Chunks.Count > 0;

    /// <summary>Where the token starts in the source.</summary>
    public SourcePlace Place { get; }

    /// <summary>A label or narrative token.</summary>
    public static ReadToken Label(string text, SourcePlace place) => new(text, null, place);

    /// <summary>A run of number chunks.</summary>
    public static ReadToken Numbers(IReadOnlyList<NumberChunk> chunks, SourcePlace place) =>
        new(string.Join(' ', chunks.Select(c => c.Digits ?? "∅")), chunks, place);
}
