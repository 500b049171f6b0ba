using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace OpenGovInfo.Documents.Search;

/// <summary>
/// Splits Chinese (and mixed Latin/number) text into words with Lucene's SmartCn analyzer, so that the database's
/// plain whitespace/Unicode tokenizers (SQLite FTS5 <c>unicode61</c>, PostgreSQL <c>simple</c>) index words, not
/// whole sentences: "依申请公开" is stored as "依 申请 公开" and a search for 公开 finds it.
/// Thread-safe: one analyzer is shared, and Lucene's reuse strategy keeps one token stream per thread
/// (token streams themselves are never shared).
/// </summary>
public sealed class ChineseSegmenter : IDisposable
{
    private readonly Analyzer analyzer = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);

    /// <summary>A process-wide instance; the analyzer loads its dictionary once (about 100 ms).</summary>
    public static ChineseSegmenter Shared { get; } = new();

    /// <summary>
    /// The words of <paramref name="text"/> in order: NFKC-normalised (full-width ＡＢＣ１２３ become ABC123),
    /// Latin lower-cased (and Porter-stemmed by SmartCn), digits kept, punctuation dropped.
    /// </summary>
    public IReadOnlyList<string> Tokenize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("text", new StringReader(WellFormed(text).Normalize(NormalizationForm.FormKC)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var token = term.ToString().ToLower(CultureInfo.InvariantCulture);
            if (HasLetterOrDigit(token))
            {
                tokens.Add(token);
            }
        }

        stream.End();
        return tokens;
    }

    /// <summary>The words joined by single spaces: the text to store in the full-text column.</summary>
    public string Segment(string? text) => string.Join(' ', Tokenize(text));

    /// <inheritdoc />
    public void Dispose() => analyzer.Dispose();

    /// <summary>Unpaired surrogates (possible in any web form) would make <see cref="string.Normalize()"/> throw.</summary>
    internal static string WellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !char.IsSurrogatePair(text, i) && !(i > 0 && char.IsSurrogatePair(text, i - 1)))
            {
                return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
            }
        }

        return text;
    }

    /// <summary>Tokens made only of punctuation or symbols would become empty phrases in FTS5 and PostgreSQL.</summary>
    internal static bool HasLetterOrDigit(string token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            if (char.IsLetterOrDigit(token, i))
            {
                return true;
            }
        }

        return false;
    }
}
