using OpenGovInfo.Documents.Search;

namespace OpenGovInfo.Documents.Tests.Search;

public sealed class SearchQueryTests
{
    [Fact]
    public void Words_are_quoted_and_anded_for_fts5_and_postgres()
    {
        var query = SearchQuery.Parse("政府信息");

        Assert.Equal(["政府", "信息"], query.Tokens);
        Assert.Equal("\"政府\" AND \"信息\"", query.ToFts5Match());
        Assert.Equal("'政府' & '信息'", query.ToPostgresTsQuery());
    }

    [Fact]
    public void Repeated_words_are_kept_once()
    {
        Assert.Equal(["公开"], SearchQuery.Parse("公开 公开 公开").Tokens);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("* ( ) : ^ \" ' - + ! | &")]
    public void Input_without_words_is_empty(string? input)
    {
        var query = SearchQuery.Parse(input);

        Assert.True(query.IsEmpty);
        Assert.Equal("", query.ToFts5Match());
        Assert.Equal("", query.ToPostgresTsQuery());
    }

    [Fact]
    public void Operators_typed_by_the_user_become_quoted_words()
    {
        var query = SearchQuery.Parse("a OR b NOT c");

        Assert.Equal("\"a\" AND \"or\" AND \"b\" AND \"not\" AND \"c\"", query.ToFts5Match());
    }

    [Fact]
    public void Very_long_input_is_truncated_and_capped()
    {
        var query = SearchQuery.Parse(string.Concat(Enumerable.Range(0, 5_000).Select(i => $"w{i} ")));

        Assert.Equal(SearchQuery.MaxTokens, query.Tokens.Count);
        Assert.True(SearchQuery.Parse(new string('公', 100_000)).Tokens.Count <= SearchQuery.MaxTokens);
    }

    [Fact]
    public void Truncation_never_splits_a_surrogate_pair()
    {
        var input = new string('a', SearchQuery.MaxInputLength - 1) + "𠀀";

        Assert.False(SearchQuery.Parse(input).IsEmpty);
    }

    [Theory]
    [InlineData("'", "''''")]
    [InlineData("\\", "'\\\\'")]
    [InlineData("a'b", "'a''b'")]
    [InlineData("x\"y", "'x\"y'")]
    public void Postgres_lexemes_escape_quotes_and_backslashes(string token, string expected)
    {
        var query = TokensOf(token);

        Assert.Equal(expected, query.ToPostgresTsQuery());
    }

    [Fact]
    public void Fts5_strings_double_embedded_quotes()
    {
        Assert.Equal("\"x\"\"y\"", TokensOf("x\"y").ToFts5Match());
    }

    /// <summary>Tokens with quotes never come out of the segmenter; the escaping is checked on raw tokens.</summary>
    private static SearchQuery TokensOf(string token) => SearchQuery.FromTokens([token]);
}

public sealed class SearchQueryGramTests
{
    [Fact]
    public void Two_characters_the_segmenter_cuts_apart_are_searched_as_one_gram_and_no_lone_word()
    {
        var query = SearchQuery.Parse("区科");

        Assert.Equal(["区", "科"], query.Tokens);
        Assert.True(query.HasGrams);
        Assert.Equal(["ogib区科"], query.Grams);
        Assert.Empty(query.Words);
        Assert.Equal("", query.ToFts5Match());
        Assert.Equal("\"ogib区科\"", query.ToFts5GramMatch());
        Assert.Equal("'ogib区科'", query.ToPostgresGramTsQuery());
        Assert.Equal(["区科"], query.HighlightTerms);
    }

    [Fact]
    public void Latin_words_stay_words_in_both_forms_and_runs_become_grams()
    {
        var query = SearchQuery.Parse("ABC 政府信息");

        Assert.Equal(["ogib政府", "ogib府信", "ogib信息", "abc"], query.Grams);
        Assert.Equal(["abc", "政府", "信息"], query.Words);
    }

    [Fact]
    public void Input_without_two_adjacent_han_characters_has_no_gram_form()
    {
        var query = SearchQuery.Parse("2024 年");

        Assert.False(query.HasGrams);
        Assert.Equal(query.Tokens, query.Grams);
        Assert.Equal(query.Tokens, query.Words);
    }

    [Fact]
    public void A_long_run_is_capped_to_max_grams()
    {
        Assert.Equal(SearchQuery.MaxGrams, SearchQuery.Parse("中华人民共和国政府信息公开条例第二十七条规定").Grams.Count);
    }
}
