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
    public async Task<(IReadOnlyList<int> Ids, int Total)> FindAsync(SearchQuery query, SearchFilter filter, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return ([], 0);
        }

        var sqlite = options.Provider == DatabaseProvider.Sqlite;
        var (from, match, rank) = sqlite
            ? ("item_fts JOIN items i ON i.\"Id\" = item_fts.rowid", "item_fts MATCH @q", "item_fts.rank, i.\"Id\" DESC")
            : ("items i", "i.search_vector @@ to_tsquery('simple', @q)",
                "ts_rank(i.search_vector, to_tsquery('simple', @q)) DESC, i.\"Id\" DESC");
        var where = new StringBuilder($"{match} AND i.\"State\" = 'Published'");
        where.Append(filter.AgencyId is null ? "" : " AND i.\"AgencyId\" = @agency");
        where.Append(string.IsNullOrEmpty(filter.Category) ? "" : " AND i.\"CategoryCode\" = @category");
        where.Append(filter.Year is null ? "" : " AND i.\"IndexYear\" = @year");
        var size = Math.Clamp(filter.PageSize, 1, 100);
        var offset = (Math.Max(1, filter.Page) - 1) * size;
        var text = sqlite ? query.ToFts5Match() : query.ToPostgresTsQuery();

        var total = Convert.ToInt32(await ScalarAsync($"SELECT COUNT(*) FROM {from} WHERE {where}", text, filter, cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
        var ids = new List<int>();
        await using var command = await CommandAsync(
            $"SELECT i.\"Id\" FROM {from} WHERE {where} ORDER BY {rank} LIMIT {size} OFFSET {offset}", text, filter, cancellationToken);
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
