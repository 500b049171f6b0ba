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
        // CROSS JOIN makes SQLite drive the join from the FTS5 matches (its planner otherwise scans items and probes
        // the FTS table per row: 1.7 s instead of 50 ms on 100,000 items).
        var from = sqlite ? "item_fts CROSS JOIN items i ON i.\"Id\" = item_fts.rowid" : "items i";
        var match = sqlite ? "item_fts MATCH @q" : "i.search_vector @@ to_tsquery('simple', @q)";
        var where = new StringBuilder($"{match} AND i.\"State\" = 'Published'");
        where.Append(filter.AgencyId is null ? "" : " AND i.\"AgencyId\" = @agency");
        where.Append(string.IsNullOrEmpty(filter.Category) ? "" : " AND i.\"CategoryCode\" = @category");
        where.Append(filter.Year is null ? "" : " AND i.\"IndexYear\" = @year");
        var size = Math.Clamp(filter.PageSize, 1, 100);
        var offset = (Math.Max(1, filter.Page) - 1) * size;
        // The filters are also facet tokens of the indexed text (SearchDocument): the index intersects them with the
        // words, and the SQL conditions above only confirm.
        var facets = SearchDocument.FacetTokens(filter).ToList();
        var text = sqlite
            ? string.Join(" AND ", facets.Select(f => $"\"{f}\"").Prepend(query.ToFts5Match()))
            : string.Join(" & ", facets.Select(f => $"'{f}'").Prepend(query.ToPostgresTsQuery()));

        // Ranking every match of a word found in most items (公开) costs ~100 ms per 100,000; ranking only the newest
        // candidates keeps search fast, and filters narrow the candidates to reach older items. FTS5 yields rowids in
        // descending order natively, so the candidate cut happens before any ranking.
        var candidates = $"SELECT i.\"Id\" AS id, {(sqlite ? "item_fts.rank" : "i.search_vector")} AS r FROM {from} WHERE {where} ORDER BY {(sqlite ? "item_fts.rowid" : "i.\"Id\"")} DESC LIMIT {CandidateLimit}";
        var ranked = sqlite
            ? $"SELECT id FROM ({candidates}) c ORDER BY r, id DESC LIMIT {size} OFFSET {offset}"
            : $"SELECT id FROM ({candidates}) c ORDER BY ts_rank(r, to_tsquery('simple', @q)) DESC, id DESC LIMIT {size} OFFSET {offset}";
        var total = Convert.ToInt32(await ScalarAsync($"SELECT COUNT(*) FROM (SELECT 1 FROM {from} WHERE {where} LIMIT {CountLimit + 1}) n", text, filter, cancellationToken),
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
