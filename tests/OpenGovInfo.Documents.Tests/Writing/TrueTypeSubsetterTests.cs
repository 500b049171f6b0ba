using System.Buffers.Binary;
using OpenGovInfo.Documents.Writing;
using OpenGovInfo.Documents.Writing.Pdf;
using OpenGovInfo.Testing;
using SkiaSharp;

namespace OpenGovInfo.Documents.Tests.Writing;

public sealed class TrueTypeSubsetterTests
{
    private static readonly CjkFont Font = CjkFontLocator.Load(new PdfRenderOptions());

    [Fact]
    public void Subset_has_the_same_outlines_and_advances_as_the_full_font_for_the_report_text()
    {
        var report = TruthData.Sample();
        var text = report.Title + string.Concat(report.Sections.Values) + MarkdownReportRenderer.RenderText(report);

        using var subset = Font.Subset([text]);

        // Outlines compared as paths: rasterising would also compare hinting, which differs between a typeface
        // loaded from a file and one loaded from memory even for identical bytes.
        using var full = new SKFont(Font.Typeface, 20) { Hinting = SKFontHinting.None, LinearMetrics = true };
        using var small = new SKFont(subset, 20) { Hinting = SKFontHinting.None, LinearMetrics = true };
        var characters = text.EnumerateRunes().Select(r => r.Value).Distinct().ToList();
        Assert.True(characters.Count > 300, $"{characters.Count} characters");
        Assert.True(subset.GlyphCount < characters.Count + 50, $"{subset.GlyphCount} glyphs in the subset");
        foreach (var character in characters)
        {
            using var expected = full.GetGlyphPath(full.GetGlyph(character));
            using var actual = small.GetGlyphPath(small.GetGlyph(character));
            Assert.Equal(expected?.ToSvgPathData(), actual?.ToSvgPathData());
        }

        Assert.Equal(full.GetGlyphWidths(text), small.GetGlyphWidths(text));
        Assert.Equal(full.MeasureText(text), small.MeasureText(text));
    }

    [Fact]
    public void Composite_glyphs_keep_their_components_under_their_new_ids()
    {
        var composite = Enumerable.Range(1, Font.Face.GlyphCount - 1).First(g => Font.Face.Components(g).Any());
        var order = TrueTypeSubsetter.Closure(Font.Face, [composite]);

        var bytes = TrueTypeSubsetter.Subset(Font.Face, new Dictionary<int, int> { [0x4E00] = composite });

        var subset = TrueTypeFace.Read(bytes, 0)!;
        Assert.Equal(order.Count, subset.GlyphCount);
        var newComposite = order.IndexOf(composite);
        var components = subset.Components(newComposite).ToList();
        Assert.Equal(Font.Face.Components(composite).Select(c => order.IndexOf(c)), components);
        Assert.All(components, c => Assert.Equal(Font.Face.Glyph(order[c]).ToArray(), subset.Glyph(c).ToArray()));
        Assert.Equal(Font.Face.Metrics(composite), subset.Metrics(newComposite));
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(bytes));
        using var font = new SKFont(typeface);
        Assert.Equal(newComposite, font.GetGlyph(0x4E00));
        Assert.Equal(1, BinaryPrimitives.ReadInt16BigEndian(subset.Table("head")[50..]));
    }
}
