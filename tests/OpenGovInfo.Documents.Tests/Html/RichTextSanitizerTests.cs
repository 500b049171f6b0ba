using OpenGovInfo.Documents.Html;

namespace OpenGovInfo.Documents.Tests.Html;

public sealed class RichTextSanitizerTests
{
    [Fact]
    public void Ordinary_chinese_rich_text_survives_unchanged()
    {
        const string body = "<h2>一、总体情况</h2><p>根据《中华人民共和国政府信息公开条例》第二十条，现将<strong>有关情况</strong>公开如下：</p>"
            + "<ol><li>主动公开<em>政府信息</em> 1,234 条；</li><li>依申请公开 <u>56</u> 件。</li></ol>"
            + "<table><thead><tr><th colspan=\"2\">项目</th></tr></thead><tbody><tr><td rowspan=\"2\">规章</td><td>3</td></tr></tbody></table>"
            + "<p>第一行<br>第二行</p><h3>二、说明</h3><h4>（一）</h4><ul><li>甲</li></ul>";

        Assert.Equal(body, RichTextSanitizer.Sanitize(body));
    }

    [Fact]
    public void Script_elements_are_removed()
    {
        var html = RichTextSanitizer.Sanitize("<p>公开</p><script>alert('x')</script><SCRIPT src=//evil.example/x.js></SCRIPT>");

        Assert.Equal("<p>公开</p>", html);
    }

    [Fact]
    public void Event_handler_attributes_are_removed()
    {
        var html = RichTextSanitizer.Sanitize("<img src=\"/attachments/a.png\" onerror=\"alert(1)\"><p onclick=\"x()\">文</p>");

        Assert.Equal("<img src=\"/attachments/a.png\"><p>文</p>", html);
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">点</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">点</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">点</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">点</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">点</a>")]
    [InlineData("<a href=\"/relative/page\">点</a>")]
    public void Links_other_than_http_https_mailto_lose_their_href(string input)
    {
        Assert.Equal("<a>点</a>", RichTextSanitizer.Sanitize(input));
    }

    [Theory]
    [InlineData("https://www.gov.cn/zhengce/", "https://www.gov.cn/zhengce/")]
    [InlineData("http://example.cn/a?b=1&c=2", "http://example.cn/a?b=1&amp;c=2")]
    [InlineData("mailto:gongkai@example.gov.cn", "mailto:gongkai@example.gov.cn")]
    public void Web_and_mail_links_are_kept_with_noopener_noreferrer(string href, string expected)
    {
        var html = RichTextSanitizer.Sanitize($"<a href=\"{href}\" target=\"_blank\" rel=\"opener\">链接</a>");

        Assert.Equal($"<a href=\"{expected}\" rel=\"noopener noreferrer\">链接</a>", html);
    }

    [Fact]
    public void Iframes_objects_forms_and_styles_are_removed()
    {
        var html = RichTextSanitizer.Sanitize(
            "<iframe src=\"https://evil.example\"></iframe><object data=\"x.swf\"></object><form><input name=a></form>"
            + "<style>p{color:red}</style><p style=\"background:url(javascript:alert(1))\" class=\"x\">正文</p>");

        Assert.Equal("<p>正文</p>", html);
    }

    [Theory]
    [InlineData("https://evil.example/a.png")]
    [InlineData("//evil.example/attachments/a.png")]
    [InlineData("/attachments/../admin/a.png")]
    [InlineData("/other/a.png")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("attachments/a.png")]
    public void Images_from_anywhere_but_our_attachments_lose_their_src(string src)
    {
        Assert.Equal("<img alt=\"图\">", RichTextSanitizer.Sanitize($"<img src=\"{src}\" alt=\"图\">"));
    }

    [Fact]
    public void Images_from_our_attachments_are_kept()
    {
        const string img = "<img src=\"/attachments/3f2a9c.png\" alt=\"组织机构图\">";

        Assert.Equal(img, RichTextSanitizer.Sanitize(img));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("999")]
    [InlineData("2;x")]
    public void Absurd_table_spans_are_dropped(string span)
    {
        Assert.Equal("<table><tbody><tr><td>格</td></tr></tbody></table>",
            RichTextSanitizer.Sanitize($"<table><tr><td colspan=\"{span}\">格</td></tr></table>"));
    }

    [Fact]
    public void Disallowed_wrappers_keep_their_text()
    {
        Assert.Equal("<p>字体与段落</p>", RichTextSanitizer.Sanitize("<p><font face=\"宋体\"><span>字体</span>与段落</font></p>"));
    }

    [Fact]
    public void Empty_input_gives_empty_output()
    {
        Assert.Equal("", RichTextSanitizer.Sanitize(null));
        Assert.Equal("", RichTextSanitizer.Sanitize("  "));
    }
}
