using OpenGovInfo.Documents.Writing.Pdf;
using SkiaSharp;

namespace OpenGovInfo.Documents.Tests.Writing;

public sealed class TextWrapperTests
{
    private static readonly SKTypeface Typeface = CjkFontLocator.Load(new PdfRenderOptions()).Typeface;

    [Fact]
    public void Lines_fit_keep_every_character_and_never_start_with_closing_punctuation()
    {
        using var font = new SKFont(Typeface, 10);
        const string text = "我局严格执行政府工作信息依申请公开标准，2023年全年未发生依申请公开和处理政府信息情况。（一）主动公开情况：共36条、其中app平台0条。";

        for (var width = 40f; width < 300; width += 7)
        {
            var lines = TextWrapper.Wrap(text, font, width);

            Assert.Equal(text, string.Concat(lines));
            Assert.All(lines, l => Assert.True(font.MeasureText(l) <= width + 0.01f || l.Length == 1, $"'{l}' wider than {width}"));
            Assert.All(lines.Skip(1), l => Assert.DoesNotContain(l[0], "，。、：）"));
            Assert.All(lines.Take(lines.Count - 1), l => Assert.DoesNotContain(l[^1], "（"));
            Assert.DoesNotContain(lines, l => l.EndsWith("202", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Balanced_wrapping_evens_out_short_headers()
    {
        using var font = new SKFont(Typeface, 10);

        var lines = TextWrapper.WrapBalanced("结果维持", font, font.MeasureText("结果维"));

        Assert.Equal(["结果", "维持"], lines);
    }

    [Fact]
    public void First_line_indent_narrows_only_the_first_line()
    {
        using var font = new SKFont(Typeface, 10);
        var text = new string('政', 20);

        var lines = TextWrapper.Wrap(text, font, 100, firstLineIndent: 20);

        Assert.Equal([8, 10, 2], lines.Select(l => l.Length));
    }
}
