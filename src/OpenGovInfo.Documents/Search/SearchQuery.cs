using System.Text;

namespace OpenGovInfo.Documents.Search;

/// <summary>
/// A user's search box input turned into words (segmented exactly like the indexed text) and rendered as safe
/// full-text expressions: every word is quoted, so nothing the user types is ever an operator, and all words must
/// match (AND). Run the expressions as bound parameters, never concatenated into SQL.
/// A query has two forms: its words (<see cref="Tokens"/>, matched against the SmartCn words of the index) and its
/// grams (<see cref="Grams"/>: every two adjacent Han characters, matched against <see cref="CjkBigrams"/> of the
/// index), which find the characters wherever they stand, even inside a longer word. Searches rank word matches first.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Input beyond this many characters is ignored: a search box, not a document.</summary>
    public const int MaxInputLength = 200;

    /// <summary>At most this many distinct words are kept, bounding the cost of the database query.</summary>
    public const int MaxTokens = 12;

    /// <summary>At most this many distinct grams are kept: fewer grams AND-ed can only find more, never less.</summary>
    public const int MaxGrams = 16;

    private SearchQuery(IReadOnlyList<string> tokens, IReadOnlyList<string> grams, IReadOnlyList<string> runs)
    {
        Tokens = tokens;
        Grams = grams;
        // Beside grams, a lone Han character the segmenter cut off (年区 -> 年 区) says nothing as a word: AND-ed as
        // words, 年 and 区 anywhere in an item would find most items. The grams find the characters together.
        Words = runs.Count == 0 ? tokens : [.. tokens.Where(t => !IsSingleHan(t))];
        HighlightTerms = [.. runs.Concat(Words).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The distinct words, in input order.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>
    /// The gram form: the gram tokens of each Han run of two or more characters, and the words that are not such a
    /// run's (Latin, digits, a lone Han character). Equal to <see cref="Tokens"/> when the input has no two adjacent
    /// Han characters.
    /// </summary>
    public IReadOnlyList<string> Grams { get; }

    /// <summary>
    /// The words a search matches as whole words (ranked first): <see cref="Tokens"/>, without lone Han characters when
    /// the query has grams. Empty when only the grams can find the input (e.g. 特派, segmented 特 派).
    /// </summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>True when the gram form differs from the words (the input has two adjacent Han characters).</summary>
    public bool HasGrams => !Grams.SequenceEqual(Tokens, StringComparer.Ordinal);

    /// <summary>What to mark in titles and snippets: the Han runs as typed, then the <see cref="Words"/>.</summary>
    public IReadOnlyList<string> HighlightTerms { get; }

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
        var runs = CjkBigrams.Runs(text).Where(r => r.EnumerateRunes().Skip(1).Any()).Distinct(StringComparer.Ordinal).ToList();
        // Words made only of Han characters are covered by their runs' grams; the others (Latin, digits, a lone Han
        // character, which has no gram) stay as words.
        var grams = runs.Count == 0 ? tokens
            : [.. runs.SelectMany(CjkBigrams.TokensOfRun).Distinct(StringComparer.Ordinal).Take(MaxGrams)
                .Concat(tokens.Where(t => !IsHanRunWord(t, runs)))];
        return new SearchQuery(tokens, grams, runs);
    }

    /// <summary>A query of already-segmented words (escaping tests; callers normally use <see cref="Parse(string?)"/>).</summary>
    internal static SearchQuery FromTokens(IEnumerable<string> tokens)
    {
        var list = tokens.ToList();
        return new(list, list, []);
    }

    /// <summary>
    /// The SQLite FTS5 MATCH expression of <see cref="Words"/>, e.g. <c>"政府" AND "信息"</c>. Each word is an FTS5 string (embedded double
    /// quotes doubled), so <c>OR</c>, <c>NEAR(</c>, <c>*</c>, <c>^</c>, <c>:</c> and quotes are plain text.
    /// Empty when <see cref="Words"/> is (FTS5 rejects an empty MATCH; callers skip the query).
    /// </summary>
    public string ToFts5Match() => ToFts5Match(Words);

    /// <summary>The FTS5 MATCH expression of the gram form (<see cref="Grams"/>), quoted as <see cref="ToFts5Match()"/>.</summary>
    public string ToFts5GramMatch() => ToFts5Match(Grams);

    /// <summary>
    /// The text for PostgreSQL <c>to_tsquery('simple', @query)</c>, e.g. <c>'政府' &amp; '信息'</c>. Each word is a
    /// quoted lexeme (single quotes doubled, backslashes escaped), so <c>!</c>, <c>|</c>, <c>&amp;</c>, <c>:*</c>,
    /// <c>&lt;-&gt;</c> and parentheses are plain text. Empty when <see cref="IsEmpty"/>.
    /// </summary>
    public string ToPostgresTsQuery() => string.Join(" & ", Words.Select(QuoteLexeme));

    /// <summary>The <c>to_tsquery</c> text of the gram form (<see cref="Grams"/>), quoted as <see cref="ToPostgresTsQuery"/>.</summary>
    public string ToPostgresGramTsQuery() => string.Join(" & ", Grams.Select(QuoteLexeme));

    private static string ToFts5Match(IEnumerable<string> terms) =>
        string.Join(" AND ", terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    private static bool IsSingleHan(string token) =>
        token.EnumerateRunes().Count() == 1 && CjkBigrams.IsHan(token.EnumerateRunes().First());

    /// <summary>True when <paramref name="token"/> is all Han and lies inside one of the gram-indexed runs.</summary>
    private static bool IsHanRunWord(string token, IReadOnlyList<string> runs) =>
        token.EnumerateRunes().All(CjkBigrams.IsHan) && runs.Any(r => r.Contains(token, StringComparison.Ordinal));

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
