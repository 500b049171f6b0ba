using System.Diagnostics;
using OpenGovInfo.Documents.Html;

namespace OpenGovInfo.Documents.Tests.Html;

/// <summary>Issue #12 item 4: 66 000 nested &lt;b&gt; took 13 s to sanitise; the depth is now bounded before parsing.</summary>
public sealed class DeepNestingTests
{
    private static readonly string Bomb = string.Concat(Enumerable.Repeat("<b>", 66_000)) + "正文" + string.Concat(Enumerable.Repeat("</b>", 66_000));

    [Fact]
    public void Sixty_six_thousand_nested_tags_are_measured_refused_and_flattened_in_well_under_a_second()
    {
        var watch = Stopwatch.StartNew();

        var depth = HtmlNestingDepth.Of(Bomb);
        var error = RichTextSanitizer.CheckNesting(Bomb, "正文");
        var flattened = RichTextSanitizer.Sanitize(Bomb);

        watch.Stop();
        Assert.Equal(66_000, depth);
        Assert.Equal("正文的格式嵌套层级过深（66000 层，上限 100 层），请清除格式后重新粘贴。", error);
        Assert.Equal("<p>正文</p>", flattened);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Flattening_keeps_no_markup_from_hostile_input()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 200)) + "<script>alert(1)</script><img src=x onerror=alert(2)>&lt;b&gt;";

        var flattened = RichTextSanitizer.Sanitize(html);

        Assert.Equal("<p>alert(1) &lt;b&gt;</p>", flattened);
    }

    [Theory]
    [InlineData("<p>甲<p>乙<p>丙", 0)]
    [InlineData("<ul><li>一<li>二<ul><li>三</ul></ul>", 2)]
    [InlineData("<b><i>x</i></b><br><img src=a><hr/>", 2)]
    [InlineData("<table><tr><td><table><tr><td>x</table></table>", 2)]
    [InlineData("a < b and <!-- <b> --> c", 1)]
    [InlineData("<span/><span/><span/>", 0)]
    [InlineData("</b></b></b><b>", 1)]
    public void Depth_counts_only_real_nesting(string html, int expected) => Assert.Equal(expected, HtmlNestingDepth.Of(html));

    [Fact]
    public void A_large_flat_body_still_sanitises_quickly()
    {
        var html = string.Concat(Enumerable.Repeat("<p><strong>加粗</strong>文字<br></p>", 6_000));
        var watch = Stopwatch.StartNew();

        var clean = RichTextSanitizer.Sanitize(html);

        Assert.Equal(html, clean);
        Assert.Null(RichTextSanitizer.CheckNesting(html, "正文"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
