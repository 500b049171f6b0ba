using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Documents.Search;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// Both providers' searches: one statement that walks the newest matches of a narrow search table (public items only,
/// id = item id: SQLite's FTS5 <c>item_fts</c>, PostgreSQL's <c>item_search</c> with a GIN index, both kept by
/// triggers on <see cref="Item.SearchText"/>) and returns their ids and relevance; counting, ranking and paging happen
/// on those few rows. A query with two adjacent Han characters runs twice, words then grams (ADR 0013). The words go in as a bound parameter (quoted term by term by <see cref="SearchQuery"/>), never
/// into the SQL text.
/// </summary>
internal sealed class SqlItemSearch(OpenGovInfoDbContext db, DatabaseOptions options) : IItemSearch
{
    /// <summary>How many of the newest matches are ranked (and counted: beyond it the total reads "1000+").</summary>
    public const int CandidateLimit = IItemSearch.CountLimit;

    public async Task<(IReadOnlyList<int> Ids, int Total)> FindAsync(SearchQuery query, SearchFilter filter, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return ([], 0);
        }

        // The filters are facet tokens of the indexed text (SearchDocument), so the index applies them together with
        // the words instead of the database testing each match of a common word (公开) against items.
        var facets = SearchDocument.FacetTokens(filter).ToList();
        var sqlite = options.Provider == DatabaseProvider.Sqlite;
        var sql = sqlite
            ? "SELECT rowid, rank FROM item_fts WHERE item_fts MATCH @q ORDER BY rowid DESC LIMIT @n"
            : "SELECT id, ts_rank(search_vector, to_tsquery('simple', @q)) FROM item_search WHERE search_vector @@ to_tsquery('simple', @q) ORDER BY id DESC LIMIT @n";
        string Expression(string words) => sqlite
            ? string.Join(" AND ", facets.Select(f => $"\"{f}\"").Prepend(words))
            : string.Join(" & ", facets.Select(f => $"'{f}'").Prepend(words));

        // Ranking every match of a word found in most items costs ~100 ms per 100,000; the newest CandidateLimit
        // matches are ranked (both indexes yield ids newest first, so the cut comes before any ranking), and one more
        // row tells whether there are more. Filters narrow the candidates, so older items stay reachable.
        // Words first (the SmartCn words of the query as whole words), then the items that only the two-character
        // grams find (the characters inside a longer word or across the segmenter's cut): ADR 0013.
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        List<(int Id, double Rank)> words, grams;
        try
        {
            words = query.Words.Count > 0
                ? await CandidatesAsync(connection, sql, Expression(sqlite ? query.ToFts5Match() : query.ToPostgresTsQuery()), cancellationToken)
                : [];
            grams = query.HasGrams
                ? await CandidatesAsync(connection, sql, Expression(sqlite ? query.ToFts5GramMatch() : query.ToPostgresGramTsQuery()), cancellationToken)
                : [];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        // FTS5's bm25 rank: lower is better; ts_rank: higher is better. Ties: newer first.
        IEnumerable<int> Ranked(IEnumerable<(int Id, double Rank)> candidates) => candidates
            .OrderBy(c => sqlite ? c.Rank : -c.Rank).ThenByDescending(c => c.Id).Select(c => c.Id);
        var wordIds = words.Take(CandidateLimit).Select(c => c.Id).ToHashSet();
        var ordered = Ranked(words.Take(CandidateLimit))
            .Concat(Ranked(grams.Take(CandidateLimit).Where(c => !wordIds.Contains(c.Id))))
            .Take(CandidateLimit + 1).ToList();
        // Beyond CandidateLimit either list is cut, so the total only says "more than CandidateLimit".
        var total = words.Count > CandidateLimit || grams.Count > CandidateLimit ? CandidateLimit + 1 : ordered.Count;
        var size = Math.Clamp(filter.PageSize, 1, 100);
        var page = ordered.Take(CandidateLimit).Skip((Math.Max(1, filter.Page) - 1) * size).Take(size).ToList();
        return (page, total);
    }

    private static async Task<List<(int Id, double Rank)>> CandidatesAsync(DbConnection connection, string sql, string expression, CancellationToken cancellationToken)
    {
        var candidates = new List<(int Id, double Rank)>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "@q", expression);
        Add(command, "@n", CandidateLimit + 1);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            candidates.Add((reader.GetInt32(0), Convert.ToDouble(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return candidates;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
