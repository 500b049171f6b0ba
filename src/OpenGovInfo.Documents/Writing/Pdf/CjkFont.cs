using SkiaSharp;

namespace OpenGovInfo.Documents.Writing.Pdf;

/// <summary>
/// The loaded CJK font: the full typeface, for measuring text and looking glyphs up, and its raw tables, from
/// which each PDF gets a subset of just the glyphs it uses.
/// </summary>
/// <param name="Typeface">The whole face as Skia loaded it from the file.</param>
/// <param name="Face">The same face's TrueType tables.</param>
internal sealed record CjkFont(SKTypeface Typeface, TrueTypeFace Face)
{
    /// <summary>A typeface holding only the characters of <paramref name="texts"/>, with the same outlines and metrics.</summary>
    public SKTypeface Subset(IEnumerable<string> texts)
    {
        using var font = new SKFont(Typeface);
        var characters = new Dictionary<int, int>();
        foreach (var text in texts)
        {
            foreach (var rune in text.EnumerateRunes())
            {
                if (!characters.ContainsKey(rune.Value))
                {
                    characters[rune.Value] = font.GetGlyph(rune.Value);
                }
            }
        }

        using var data = SKData.CreateCopy(TrueTypeSubsetter.Subset(Face, characters));
        return SKTypeface.FromData(data)
            ?? throw new RenderingException("Skia could not load the font subset built for this PDF (a bug in the subsetter).");
    }
}
