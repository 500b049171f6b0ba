using System.Data.Common;
using OpenGovInfo.Documents.Search;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Platform.Sqlite;

/// <summary>
/// FTS5's <c>item_fts</c> (rowid = item id). FTS5 cannot tell which part of an OR matched, so the words and the grams
/// are two scans of the newest matches, merged here (an item found by both counts as a word match). Each scan stops
/// after <see cref="ISearchCandidates.Limit"/> + 1 rows. Only one scan computes bm25, which costs ~20 times the scan
/// itself (a docsize read per row): the words' when there are words, and the items only the grams find follow the
/// word matches newest first (ADR 0013).
/// </summary>
internal sealed class SqliteSearchCandidates : ISearchCandidates
{
    private const string Ranked = "SELECT rowid, rank, @w FROM item_fts WHERE item_fts MATCH @q ORDER BY rowid DESC LIMIT @n";
    private const string Unranked = "SELECT rowid, 0, @w FROM item_fts WHERE item_fts MATCH @q ORDER BY rowid DESC LIMIT @n";

    public async Task<IReadOnlyList<SearchCandidate>> FindAsync(
        DbConnection connection, SearchQuery query, IReadOnlyList<string> facets, CancellationToken cancellationToken)
    {
        string Expression(string words) => string.Join(" AND ", facets.Select(f => $"\"{f}\"").Prepend(words));
        if (query.Words.Count == 0 || !query.HasGrams)
        {
            var words = query.Words.Count > 0;
            return Relevance(await SearchCandidateReader.ReadAsync(
                connection, Ranked, Expression(words ? query.ToFts5Match() : query.ToFts5GramMatch()), words, cancellationToken));
        }

        var wordMatches = await SearchCandidateReader.ReadAsync(connection, Ranked, Expression(query.ToFts5Match()), true, cancellationToken);
        if (wordMatches.Count > ISearchCandidates.Limit)
        {
            // More word matches than are ranked: items only the grams find would come after all of them, beyond the
            // last page, so their scan is skipped (公开 and other common words).
            return Relevance(wordMatches);
        }

        var found = wordMatches.Select(c => c.Id).ToHashSet();
        var grams = await SearchCandidateReader.ReadAsync(connection, Unranked, Expression(query.ToFts5GramMatch()), false, cancellationToken);
        // The unranked 0 sorts gram-only rows after the ranked ones, newest first.
        var merged = wordMatches.Concat(grams.Where(c => !found.Contains(c.Id))).ToList();
        // The grams' list is the newest Limit + 1 of their matches: beyond that the union is cut to the newest.
        return Relevance(grams.Count > ISearchCandidates.Limit
            ? [.. merged.OrderByDescending(c => c.Id).Take(ISearchCandidates.Limit + 1)]
            : merged);
    }

    /// <summary>FTS5's bm25 rank is negative, lower is better: negated, so that higher is better as on every engine.</summary>
    private static List<SearchCandidate> Relevance(List<SearchCandidate> candidates) =>
        [.. candidates.Select(c => c with { Relevance = -c.Relevance })];
}
