using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Documents.Search;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// Both providers' searches: the same filtered, paged statement around a provider-specific match and rank. The
/// words go in as a bound parameter (already quoted term by term by <see cref="SearchQuery"/>), never into the SQL text.
/// </summary>
internal sealed class SqlItemSearch(OpenGovInfoDbContext db, DatabaseOptions options) : IItemSearch
{
    /// <summary>How many of the newest matches are ranked.</summary>
    public const int CandidateLimit = 1000;

    /// <summary>Totals above this are reported as this + 1 ("1000+").</summary>
    public const int CountLimit = IItemSearch.CountLimit;

    public async Task<(IReadOnlyList<int> Ids, int Total)> FindAsync(SearchQuery query, SearchFilter filter, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return ([], 0);
        }

        var sqlite = options.Provider == DatabaseProvider.Sqlite;
        // Each provider has a narrow search table holding public items only, id = item id: SQLite an FTS5 table,
        // PostgreSQL item_search with a GIN index (both kept by triggers on items.SearchText). Its rows are small, so
        // walking the newest matches is cheap; the wide items rows are read only for the ranked page.
        var (table, id, match, rank, order) = sqlite
            ? ("item_fts", "rowid", "item_fts MATCH @q", "rank", "c.r")
            : ("item_search", "id", "search_vector @@ to_tsquery('simple', @q)", "search_vector", "ts_rank(c.r, to_tsquery('simple', @q)) DESC");
        // The filters are facet tokens of the indexed text (SearchDocument), so the index applies them with the
        // words; the same conditions on items below only confirm.
        var confirm = new StringBuilder("i.\"State\" = 'Published'");
        confirm.Append(filter.AgencyId is null ? "" : " AND i.\"AgencyId\" = @agency");
        confirm.Append(string.IsNullOrEmpty(filter.Category) ? "" : " AND i.\"CategoryCode\" = @category");
        confirm.Append(filter.Year is null ? "" : " AND i.\"IndexYear\" = @year");
        var size = Math.Clamp(filter.PageSize, 1, 100);
        var offset = (Math.Max(1, filter.Page) - 1) * size;
        var facets = SearchDocument.FacetTokens(filter).ToList();
        var text = sqlite
            ? string.Join(" AND ", facets.Select(f => $"\"{f}\"").Prepend(query.ToFts5Match()))
            : string.Join(" & ", facets.Select(f => $"'{f}'").Prepend(query.ToPostgresTsQuery()));

        // Ranking every match of a word found in most items (公开) costs ~100 ms per 100,000; ranking only the newest
        // candidates keeps search fast, and filters narrow the candidates to reach older items. Both indexes walk ids
        // newest first, so the candidate cut happens before any ranking.
        var candidates = $"SELECT {id} AS id, {rank} AS r FROM {table} WHERE {match} ORDER BY {id} DESC LIMIT {CandidateLimit}";
        // SQLite's CROSS JOIN keeps the candidates as the outer loop: its planner otherwise may scan the wide items
        // table for the year and probe the candidates (250 ms instead of 5 ms on 100,000 items).
        var join = sqlite ? "CROSS JOIN" : "JOIN";
        var ranked = $"SELECT c.id FROM ({candidates}) c {join} items i ON i.\"Id\" = c.id WHERE {confirm} ORDER BY {order}, c.id DESC LIMIT {size} OFFSET {offset}";
        var total = Convert.ToInt32(await ScalarAsync($"SELECT COUNT(*) FROM (SELECT 1 FROM {table} WHERE {match} LIMIT {CountLimit + 1}) n", text, filter, cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
        var ids = new List<int>();
        await using var command = await CommandAsync(ranked, text, filter, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return (ids, total);
    }

    private async Task<object?> ScalarAsync(string sql, string text, SearchFilter filter, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(sql, text, filter, cancellationToken);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private async Task<DbCommand> CommandAsync(string sql, string text, SearchFilter filter, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "@q", text);
        Add(command, "@agency", filter.AgencyId);
        Add(command, "@category", filter.Category);
        Add(command, "@year", filter.Year);
        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        if (value is null || !command.CommandText.Contains(name, StringComparison.Ordinal))
        {
            return;
        }

        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
