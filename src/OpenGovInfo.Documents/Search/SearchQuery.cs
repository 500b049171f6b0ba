using System.Text;

namespace OpenGovInfo.Documents.Search;

/// <summary>
/// A user's search box input turned into words (segmented exactly like the indexed text) and rendered as safe
/// full-text expressions: every word is quoted, so nothing the user types is ever an operator, and all words must
/// match (AND). Run the expressions as bound parameters, never concatenated into SQL.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Input beyond this many characters is ignored: a search box, not a document.</summary>
    public const int MaxInputLength = 200;

    /// <summary>At most this many distinct words are kept, bounding the cost of the database query.</summary>
    public const int MaxTokens = 12;

    private SearchQuery(IReadOnlyList<string> tokens) => Tokens = tokens;

    /// <summary>The distinct words, in input order.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>True when nothing searchable remains (empty input, only punctuation or operators): show no results.</summary>
    public bool IsEmpty => Tokens.Count == 0;

    /// <summary>Parses with the shared segmenter.</summary>
    public static SearchQuery Parse(string? input) => Parse(input, ChineseSegmenter.Shared);

    /// <summary>Parses <paramref name="input"/>: truncate, segment, de-duplicate, cap.</summary>
    public static SearchQuery Parse(string? input, ChineseSegmenter segmenter)
    {
        var text = input ?? "";
        if (text.Length > MaxInputLength)
        {
            // Do not cut a surrogate pair in half.
            var cut = char.IsHighSurrogate(text[MaxInputLength - 1]) ? MaxInputLength - 1 : MaxInputLength;
            text = text[..cut];
        }

        var tokens = segmenter.Tokenize(text).Distinct(StringComparer.Ordinal).Take(MaxTokens).ToList();
        return new SearchQuery(tokens);
    }

    /// <summary>A query of already-segmented words (escaping tests; callers normally use <see cref="Parse(string?)"/>).</summary>
    internal static SearchQuery FromTokens(IEnumerable<string> tokens) => new([.. tokens]);

    /// <summary>
    /// The SQLite FTS5 MATCH expression, e.g. <c>"政府" AND "信息"</c>. Each word is an FTS5 string (embedded double
    /// quotes doubled), so <c>OR</c>, <c>NEAR(</c>, <c>*</c>, <c>^</c>, <c>:</c> and quotes are plain text.
    /// Empty when <see cref="IsEmpty"/> (FTS5 rejects an empty MATCH; callers skip the query).
    /// </summary>
    public string ToFts5Match() =>
        string.Join(" AND ", Tokens.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    /// <summary>
    /// The text for PostgreSQL <c>to_tsquery('simple', @query)</c>, e.g. <c>'政府' &amp; '信息'</c>. Each word is a
    /// quoted lexeme (single quotes doubled, backslashes escaped), so <c>!</c>, <c>|</c>, <c>&amp;</c>, <c>:*</c>,
    /// <c>&lt;-&gt;</c> and parentheses are plain text. Empty when <see cref="IsEmpty"/>.
    /// </summary>
    public string ToPostgresTsQuery() => string.Join(" & ", Tokens.Select(QuoteLexeme));

    private static string QuoteLexeme(string token)
    {
        var builder = new StringBuilder(token.Length + 2).Append('\'');
        foreach (var c in token)
        {
            _ = c switch
            {
                '\'' => builder.Append("''"),
                '\\' => builder.Append(@"\\"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('\'').ToString();
    }
}
