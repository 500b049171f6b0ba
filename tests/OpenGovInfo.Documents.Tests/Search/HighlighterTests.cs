using OpenGovInfo.Documents.Search;

namespace OpenGovInfo.Documents.Tests.Search;

public sealed class HighlighterTests
{
    [Fact]
    public void Marks_the_query_words()
    {
        var html = Highlighter.Highlight("2024年政府信息公开工作年度报告", SearchQuery.Parse("政府信息"));

        Assert.Equal("2024年<mark>政府信息</mark>公开工作年度报告", html);
    }

    [Fact]
    public void Latin_words_are_marked_case_insensitively_keeping_the_original_case()
    {
        Assert.Equal("<mark>PDF</mark> 与 <mark>pdf</mark>", Highlighter.Highlight("PDF 与 pdf", ["pdf"]));
    }

    [Fact]
    public void Script_in_content_is_encoded_not_executed()
    {
        var html = Highlighter.Highlight("<script>alert('公开')</script>&<img src=x onerror=\"x\">", SearchQuery.Parse("公开"));

        Assert.Equal("&lt;script&gt;alert(&#39;<mark>公开</mark>&#39;)&lt;/script&gt;&amp;&lt;img src=x onerror=&quot;x&quot;&gt;", html);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_words_that_look_like_markup_cannot_inject_tags()
    {
        var html = Highlighter.Highlight("a <b> c", ["b"]);

        Assert.Equal("a &lt;<mark>b</mark>&gt; c", html);
    }

    [Fact]
    public void Empty_text_and_no_words_give_encoded_text_only()
    {
        Assert.Equal("", Highlighter.Highlight(null, ["x"]));
        Assert.Equal("a&amp;b", Highlighter.Highlight("a&b", SearchQuery.Parse("")));
    }
}
