using System.Text;

namespace OpenGovInfo.Documents.Search;

/// <summary>
/// Overlapping two-character grams of the Han runs of a text, as Lucene's CJKAnalyzer indexes them: "科技型中小企业"
/// gives 科技 技型 型中 中小 小企 企业. Stored beside the SmartCn words, they let any two characters that stand next to
/// each other in an item be found, even where the segmenter cut between them or kept them inside a longer word
/// (财政 inside 财政局, 特派 split as 特 派). Each gram is stored as one token with the prefix <see cref="Prefix"/>, so
/// that a word and a gram of the same two characters stay apart in the index and a search can rank words first.
/// </summary>
public static class CjkBigrams
{
    /// <summary>
    /// Marks a gram token (<c>ogib科技</c>). Latin letters followed by Han characters are one token for both full-text
    /// tokenizers (FTS5 unicode61 and PostgreSQL's parser treat both as letters); SmartCn never yields such a mix, so no
    /// word can collide with a gram.
    /// </summary>
    public const string Prefix = "ogib";

    /// <summary>The Han runs of <paramref name="text"/> (NFKC-normalised), in order, each as one string.</summary>
    public static IEnumerable<string> Runs(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var normal = ChineseSegmenter.WellFormed(text).Normalize(NormalizationForm.FormKC);
        var run = new StringBuilder();
        foreach (var rune in normal.EnumerateRunes())
        {
            if (IsHan(rune))
            {
                run.Append(rune.ToString());
            }
            else if (run.Length > 0)
            {
                yield return run.ToString();
                run.Clear();
            }
        }

        if (run.Length > 0)
        {
            yield return run.ToString();
        }
    }

    /// <summary>The gram tokens of one Han run (none for a single character).</summary>
    public static IEnumerable<string> TokensOfRun(string run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var runes = run.EnumerateRunes().Select(r => r.ToString()).ToList();
        for (var i = 0; i + 1 < runes.Count; i++)
        {
            yield return Prefix + runes[i] + runes[i + 1];
        }
    }

    /// <summary>
    /// At most this many distinct grams are indexed per item (those of the title come first). Searches AND grams
    /// without positions, so each gram is stored once; the cap keeps the longest bodies (up to 200,000 characters)
    /// well inside PostgreSQL's 1 MB tsvector limit. Real items have a few thousand.
    /// </summary>
    public const int MaxIndexed = 20_000;

    /// <summary>The distinct gram tokens of the Han runs of <paramref name="text"/>, in order of first appearance, joined by single spaces.</summary>
    public static string Index(string? text)
    {
        var builder = new StringBuilder();
        foreach (var token in Runs(text).SelectMany(TokensOfRun).Distinct(StringComparer.Ordinal).Take(MaxIndexed))
        {
            (builder.Length > 0 ? builder.Append(' ') : builder).Append(token);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Han ideographs: the unified blocks, extension A, compatibility ideographs and the supplementary-plane
    /// extensions (B and later, which .NET sees as surrogate pairs, hence runes). 〇 counts as a number, not Han.
    /// </summary>
    public static bool IsHan(Rune rune) => rune.Value switch
    {
        >= 0x4E00 and <= 0x9FFF => true,
        >= 0x3400 and <= 0x4DBF => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0x20000 and <= 0x323AF => true,
        _ => false,
    };
}
