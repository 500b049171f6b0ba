using System.Data.Common;
using OpenGovInfo.Documents.Search;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// The engine's part of the item search: scans of its full-text table (public items only, id = item id, kept by
/// triggers on <see cref="Item.SearchText"/>) for the newest matches of a query and its facet tokens. Counting, ranking
/// and paging those few rows is the same on every engine (<see cref="SqlItemSearch"/>). Implemented in the provider
/// projects: SQLite's FTS5 <c>item_fts</c>, PostgreSQL's <c>item_search</c>.
/// </summary>
public interface ISearchCandidates
{
    /// <summary>How many of the newest matches are ranked (and counted: beyond it the total reads "1000+").</summary>
    const int Limit = IItemSearch.CountLimit;

    /// <summary>
    /// At most <see cref="Limit"/> + 1 of the newest matches (the extra one tells that there are more) of
    /// <paramref name="query"/> AND every token of <paramref name="facets"/>, on <paramref name="connection"/>
    /// (open). A query with two adjacent Han characters matches by its words or by its grams (ADR 0013).
    /// </summary>
    Task<IReadOnlyList<SearchCandidate>> FindAsync(
        DbConnection connection, SearchQuery query, IReadOnlyList<string> facets, CancellationToken cancellationToken);
}
