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
