using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Documents.Search;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>One search hit: the item row and a highlighted, HTML-encoded snippet (safe to print raw).</summary>
public sealed record SearchHit(ItemSummary Item, string TitleHtml, string SnippetHtml);

/// <summary>A page of search results.</summary>
public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Hits, int Total, int Page, int PageSize);

/// <summary>Public full-text search (/search): segmented, ranked, highlighted, filterable.</summary>
public sealed class SearchItems(OpenGovInfoDbContext db, IItemSearch search)
{
    /// <summary>Runs the search; an empty or unusable query gives no hits rather than an error.</summary>
    public async Task<SearchResults> RunAsync(string? q, SearchFilter filter, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(q);
        var (ids, total) = await search.FindAsync(query, filter, cancellationToken);
        var rows = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { Row = new ItemRow(i.Id, i.AgencyId, i.Title, i.CategoryCode, i.Topic, i.IndexNumber,
                i.FormedOn, i.PublishedAt, i.IssuingAgency, i.State, i.PublishBy), i.BodyText })
            .ToDictionaryAsync(r => r.Row.Id, cancellationToken);
        // Checked here, not in SQL (where a State condition can lead SQLite to scan by state instead of by id): the
        // index holds public items only, but an item may be withdrawn between the two reads.
        var hits = ids.Where(id => rows.TryGetValue(id, out var row) && row.Row.State == ItemState.Published).Select(id => rows[id])
            .Select(r => new SearchHit(r.Row.ToSummary(), Highlighter.Highlight(r.Row.Title, query), Highlighter.Snippet(r.BodyText, query)))
            .ToList();
        return new SearchResults(q ?? string.Empty, hits, total, Math.Max(1, filter.Page), Math.Clamp(filter.PageSize, 1, 100));
    }
}
