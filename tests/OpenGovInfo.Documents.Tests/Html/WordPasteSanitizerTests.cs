using OpenGovInfo.Documents.Html;

namespace OpenGovInfo.Documents.Tests.Html;

/// <summary>
/// What Word puts on the clipboard (and what a browser posts when an editor pastes it without the rich-text editor):
/// mso- classes and styles, &lt;o:p&gt;, conditional comments, &lt;span lang&gt;, an XML island and a style block. The
/// sanitiser must keep paragraphs, headings, emphasis and tables and drop everything else.
/// </summary>
public sealed class WordPasteSanitizerTests
{
    private const string WordClipboard = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
        <head><meta charset="utf-8"><meta name=ProgId content=Word.Document>
        <!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
        <style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:10.5pt; font-family:等线;} @page WordSection1 {size:595.3pt 841.9pt;} --></style>
        </head>
        <body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
        <!--StartFragment-->
        <h2 style='mso-outline-level:2'><span lang=EN-US style='font-family:黑体;mso-ascii-font-family:"Times New Roman"'>一、</span><span style='font-family:黑体'>总体情况</span></h2>
        <p class=MsoNormal style='text-indent:21.0pt;mso-char-indent-count:2.0'><span style='font-size:12.0pt;font-family:仿宋_GB2312'>根据《条例》，现将<b><span lang=EN-US>2025</span>年度</b>情况<i>公开</i>如下<u>：</u><o:p></o:p></span></p>
        <p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
        <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>
         <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
          <td width=277 valign=top style='width:207.4pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b><span style='font-family:黑体'>项目</span></b><o:p></o:p></p></td>
          <td width=277 valign=top style='width:207.4pt'><p class=MsoNormal><b>数量</b></p></td>
         </tr>
         <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
          <td width=277 valign=top><p class=MsoNormal><span lang=EN-US>规章</span></p></td>
          <td width=277 valign=top><p class=MsoNormal align=right style='text-align:right'><span lang=EN-US>3<o:p></o:p></span></p></td>
         </tr>
        </table>
        <p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span>第一项</span></p>
        <!--[if !supportLineBreakNewLine]--><br style='mso-special-character:line-break'><!--[endif]-->
        <!--EndFragment-->
        </body></html>
        """;

    [Fact]
    public void Word_clipboard_html_becomes_clean_paragraphs_headings_and_a_table()
    {
        var html = Compact(RichTextSanitizer.Sanitize(WordClipboard));

        Assert.Equal(
            "<h2>一、总体情况</h2>"
            + "<p>根据《条例》，现将2025年度情况<em>公开</em>如下<u>：</u></p>"
            + "<p>&nbsp;</p>"
            + "<table><tbody><tr><td><p>项目</p></td><td><p>数量</p></td></tr>"
            + "<tr><td><p>规章</p></td><td><p>3</p></td></tr></tbody></table>"
            + "<p>1.&nbsp;&nbsp; 第一项</p><br>",
            html.Replace("<strong>", "", StringComparison.Ordinal).Replace("</strong>", "", StringComparison.Ordinal));
        Assert.Contains("<strong>2025年度</strong>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mso-")]
    [InlineData("class=")]
    [InlineData("style")]
    [InlineData("lang=")]
    [InlineData("o:p")]
    [InlineData("<span")]
    [InlineData("[if")]
    [InlineData("WordDocument")]
    [InlineData("font-family")]
    [InlineData("width")]
    public void Nothing_of_words_markup_survives(string fragment)
    {
        Assert.DoesNotContain(fragment, RichTextSanitizer.Sanitize(WordClipboard), StringComparison.OrdinalIgnoreCase);
    }

    // Word's clipboard is laid out with newlines between tags; they carry no meaning in HTML.
    private static string Compact(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, @">\s+<", "><").Trim();
}
