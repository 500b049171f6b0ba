using System.Text;
using OpenGovInfo.Documents.Search;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// What a public item is indexed under (<see cref="Item.SearchText"/>): the format mark <see cref="Format"/>, its
/// segmented title and body (SmartCn words), the two-character grams of the same text (<see cref="CjkBigrams"/>, so
/// that any two adjacent characters are found, ADR 0013), then one facet token each for its 索引号 year, agency and
/// category (<c>ogiy2023 ogia12 ogicworkupdates</c>). A filtered search adds
/// the filters' tokens to the full-text query, so the index intersects the word and the filter itself instead of the
/// database walking every match of a common word (公开) to test the filter row by row: this is what keeps filtered
/// searches under the p95 target (docs/performance.md, "Portal"). Snippets come from the body, never from this text.
/// </summary>
public static class SearchDocument
{
    /// <summary>
    /// The first token of text indexed in today's format. Rows without it were indexed by an earlier version (words
    /// only) and are indexed again at start-up (<see cref="SearchReindexer"/>); no schema change is needed.
    /// </summary>
    public const string Format = "ogiv2";

    /// <summary>The text to index for <paramref name="item"/> (its year, agency and category set).</summary>
    public static string For(Item item) => Text(item.Title, item.BodyText, item.IndexYear, item.AgencyId, item.CategoryCode);

    /// <summary>The text to index for the given fields.</summary>
    public static string Text(string title, string bodyText, int? year, int agencyId, string categoryCode)
    {
        var content = title + " " + bodyText;
        var text = new StringBuilder(Format).Append(' ').Append(ChineseSegmenter.Shared.Segment(content));
        var grams = CjkBigrams.Index(content);
        if (grams.Length > 0)
        {
            text.Append(' ').Append(grams);
        }

        foreach (var token in FacetTokens(new SearchFilter(agencyId, categoryCode, year)))
        {
            text.Append(' ').Append(token);
        }

        return text.ToString();
    }

    /// <summary>The facet tokens a search with <paramref name="filter"/> must also match.</summary>
    public static IEnumerable<string> FacetTokens(SearchFilter filter)
    {
        if (filter.Year is { } year)
        {
            yield return FormattableString.Invariant($"ogiy{year}");
        }

        if (filter.AgencyId is { } agency)
        {
            yield return FormattableString.Invariant($"ogia{agency}");
        }

        if (!string.IsNullOrEmpty(filter.Category))
        {
            // Letters and digits only: both full-text tokenizers keep such a run as one token.
            yield return "ogic" + new string([.. filter.Category.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
        }
    }
}
