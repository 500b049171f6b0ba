using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Documents.Search;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// The search on every engine: the engine's <see cref="ISearchCandidates"/> walks the newest matches of its narrow
/// search table and returns their ids and relevance; counting, ranking and paging happen here on those few rows.
/// </summary>
internal sealed class SqlItemSearch(OpenGovInfoDbContext db, ISearchCandidates index) : IItemSearch
{
    /// <summary>How many of the newest matches are ranked (and counted: beyond it the total reads "1000+").</summary>
    public const int CandidateLimit = ISearchCandidates.Limit;

    public async Task<(IReadOnlyList<int> Ids, int Total)> FindAsync(SearchQuery query, SearchFilter filter, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return ([], 0);
        }

        // The filters are facet tokens of the indexed text (SearchDocument), so the index applies them together with
        // the words instead of the database testing each match of a common word (公开) against items.
        var facets = SearchDocument.FacetTokens(filter).ToList();

        // Ranking every match of a word found in most items costs ~100 ms per 100,000; the newest CandidateLimit
        // matches are ranked (both indexes yield ids newest first, so the cut comes before any ranking), and one more
        // row tells whether there are more. Filters narrow the candidates, so older items stay reachable.
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        IReadOnlyList<SearchCandidate> candidates;
        try
        {
            candidates = await index.FindAsync(connection, query, facets, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        // Word matches first, then by relevance; ties: newer first.
        var ordered = candidates.OrderByDescending(c => c.IsWord).ThenByDescending(c => c.Relevance).ThenByDescending(c => c.Id)
            .Select(c => c.Id).ToList();
        var total = Math.Min(ordered.Count, CandidateLimit + 1);
        var size = Math.Clamp(filter.PageSize, 1, 100);
        var page = ordered.Take(CandidateLimit).Skip((Math.Max(1, filter.Page) - 1) * size).Take(size).ToList();
        return (page, total);
    }
}
