using OpenGovInfo.Documents.Search;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>Filters of a search, besides the words.</summary>
public sealed record SearchFilter(int? AgencyId = null, string? Category = null, int? Year = null, int Page = 1, int PageSize = 20);

/// <summary>
/// Full-text search over published items, in the database so that every web node shares one index: SQLite FTS5 or
/// PostgreSQL tsvector, both over the segmented <see cref="Item.SearchText"/>. The implementation is chosen at start-up.
/// </summary>
public interface IItemSearch
{
    /// <summary>Totals are counted up to this; a total of <c>CountLimit + 1</c> means "more than CountLimit".</summary>
    const int CountLimit = 1000;

    /// <summary>Ranked item ids for one page, best first, and the total number of matches.</summary>
    Task<(IReadOnlyList<int> Ids, int Total)> FindAsync(SearchQuery query, SearchFilter filter, CancellationToken cancellationToken);
}
