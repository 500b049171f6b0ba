using OpenGovInfo.Documents.Html;

namespace OpenGovInfo.Documents.Tests.Html;

public sealed class PlainTextBodyTests
{
    [Fact]
    public void Blank_lines_make_paragraphs_and_single_newlines_line_breaks()
    {
        var html = PlainTextBody.ToHtml("一、总体情况\r\n现将有关情况公开如下：\r\n\r\n二、主动公开\n  共 12 条 & 附件 <3 件\n\n\n");

        Assert.Equal("<p>一、总体情况<br>现将有关情况公开如下：</p><p>二、主动公开<br>共 12 条 &amp; 附件 &lt;3 件</p>", html);
    }

    [Theory]
    [InlineData("<p>已是 HTML</p>")]
    [InlineData("第一行<br>第二行")]
    [InlineData("")]
    [InlineData(null)]
    public void Html_and_empty_bodies_are_left_alone(string? body)
    {
        Assert.Equal(body, PlainTextBody.ToHtml(body));
    }

    [Fact]
    public void Converted_text_passes_the_sanitiser_unchanged()
    {
        var html = PlainTextBody.ToHtml("甲\n乙\n\n丙")!;

        Assert.Equal(html, RichTextSanitizer.Sanitize(html));
    }
}
