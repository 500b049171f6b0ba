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
        Assert.Equal(full.GetGlyphs(text), small.GetGlyphs(text));
        var glyphs = full.GetGlyphs(text).Distinct().ToArray();
        Assert.True(glyphs.Length > 300, $"{glyphs.Length} glyphs");
        foreach (var glyph in glyphs)
        {
            using var expected = full.GetGlyphPath(glyph);
            using var actual = small.GetGlyphPath(glyph);
            Assert.Equal(expected?.ToSvgPathData(), actual?.ToSvgPathData());
        }

        Assert.Equal(full.GetGlyphWidths(text), small.GetGlyphWidths(text));
        Assert.Equal(full.MeasureText(text), small.MeasureText(text));
    }

    [Fact]
    public void Composite_glyphs_keep_their_components()
    {
        var composite = Enumerable.Range(1, Font.Face.GlyphCount).First(g => Font.Face.Components(g).Any());
        var components = Font.Face.Components(composite).ToList();

        var subset = TrueTypeFace.Read(TrueTypeSubsetter.Subset(Font.Face, [composite]), 0)!;

        Assert.Equal(Font.Face.GlyphCount, subset.GlyphCount);
        Assert.Equal(Font.Face.Glyph(composite).ToArray(), subset.Glyph(composite).ToArray());
        Assert.All(components, c => Assert.Equal(Font.Face.Glyph(c).ToArray(), subset.Glyph(c).ToArray()));
        var unused = Enumerable.Range(1, Font.Face.GlyphCount - 1)
            .First(g => g != composite && !components.Contains(g) && Font.Face.Glyph(g).Length > 0);
        Assert.Equal(0, subset.Glyph(unused).Length);
    }
}
