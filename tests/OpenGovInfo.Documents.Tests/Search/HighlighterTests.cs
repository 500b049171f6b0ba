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

    [Fact]
    public void Snippets_are_cut_around_the_first_match_and_encoded()
    {
        var text = new string('甲', 100) + "依申请<公开>的情况" + new string('乙', 100);

        var snippet = Highlighter.Snippet(text, SearchQuery.Parse("公开"), maxLength: 30);

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("依申请&lt;<mark>公开</mark>&gt;的情况", snippet, StringComparison.Ordinal);
        Assert.Equal(30, snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal)
            .Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Trim('…').Length);
    }

    [Fact]
    public void Short_text_and_texts_without_a_match_are_not_cut_needlessly()
    {
        Assert.Equal("短<mark>公开</mark>", Highlighter.Snippet("短公开", SearchQuery.Parse("公开")));
        Assert.Equal(new string('甲', 20) + "…", Highlighter.Snippet(new string('甲', 50), SearchQuery.Parse("公开"), 20));
    }

    [Fact]
    public void Snippets_never_split_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("𠀀", 40)) + "公开" + string.Concat(Enumerable.Repeat("𠀀", 40));

        var snippet = Highlighter.Snippet(text, SearchQuery.Parse("公开"), 21);

        // Encoding a lone surrogate to UTF-8 yields U+FFFD; a clean cut leaves none.
        Assert.Contains("<mark>公开</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(snippet)));
    }
}
