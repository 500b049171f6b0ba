using OpenGovInfo.Documents.Html;
using OpenGovInfo.Testing.Builders;

namespace OpenGovInfo.Documents.Tests.Html;

public sealed class DocxBodyConverterTests
{
    [Fact]
    public void A_word_notice_becomes_allow_listed_html_with_heading_emphasis_list_and_merged_table()
    {
        var (html, error) = DocxBodyConverter.Convert(WordDocuments.Notice());

        Assert.Null(error);
        Assert.Equal(
            "<h3>一、工作要点</h3>"
            + "<p>做好<strong>政务公开</strong>和<em>政策解读</em>，落实<u>责任</u><br>第二行 &lt;不是标签&gt; &amp; 符号</p>"
            + "<ol><li>第一项</li><li>第二项</li></ol>"
            + "<table><tbody><tr><th><p>事项</p></th><th><p>责任科室</p></th><th><p>时限</p></th></tr>"
            + "<tr><td rowspan=\"2\"><p>年度报告</p></td><td colspan=\"2\"><p>办公室</p></td></tr>"
            + "<tr><td><p>法规科</p></td><td><p>3月31日前</p></td></tr></tbody></table>",
            html);
        // Already inside the allow-list: the sanitiser has nothing to remove.
        Assert.Equal(html, RichTextSanitizer.Sanitize(html));
    }

    [Fact]
    public void A_file_that_is_not_a_word_package_gets_a_chinese_message()
    {
        var (html, error) = DocxBodyConverter.Convert(System.Text.Encoding.ASCII.GetBytes("PK\u0003\u0004 not really a zip"));

        Assert.Null(html);
        Assert.Equal("无法读取该 Word 文件，文件可能已损坏或不是 .docx 格式。", error);
    }
}
