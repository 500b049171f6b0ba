using System.Data.Common;
using OpenGovInfo.Documents.Search;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Platform.PostgreSql;

/// <summary>
/// <c>item_search</c> (id = item id), partitioned by id ranges, with a GIN index on its tsvector; relevance by
/// ts_rank, higher is better. The words first, ranked; when they alone fill the candidate list, the items only the
/// grams find would come after every one of them (beyond the last page), so the grams are not scanned — the common case
/// for multi-word queries. Otherwise one scan for both forms: the words OR the grams, AND the facets, and per row
/// whether the words match too (rows only the grams find rank 0, newest first). Two scans of the grams alone
/// (专项 &amp; 项资 &amp; 资金, estimated as independent though they always occur together) led the planner to a bitmap
/// scan of every match (40–60 ms instead of 3 ms). Each scan runs in windows of partitions, newest first
/// (<see cref="NewestAsync"/>).
/// </summary>
internal sealed class PostgreSqlSearchCandidates : ISearchCandidates
{
    /// <summary>
    /// How many ids one partition of <c>item_search</c> covers: partition k holds ids k × 16,384 up to the next, and
    /// <c>item_search_rest</c> every id from 1,048,576 (the SearchPartitions migration, ADR 0027). A window that
    /// reaches the rest searches it whole, as the table was searched before the partitions.
    /// </summary>
    internal const int PartitionSize = 1 << 14;

    /// <summary>
    /// The newest Limit + 1 ids in @lo..@hi matching @q, then for those rows only their relevance and whether @w
    /// matches. For a common word the planner walks the key backwards and stops; otherwise it intersects the window's
    /// GIN matches with the key range. ts_rank reads the whole vector, so it runs after the cut: ranked in the scan, a
    /// window with 4,381 matches of 专项 资金 took 6.5 ms instead of 4.2; carrying the vectors through the sort, 7.3.
    /// </summary>
    private const string RankNewest =
        "SELECT id, CASE WHEN search_vector @@ w THEN ts_rank(search_vector, w) ELSE 0 END, search_vector @@ w " +
        "FROM item_search, to_tsquery('simple', @w) w WHERE id BETWEEN @lo AND @hi AND id = ANY(ARRAY(" +
        "SELECT id FROM item_search WHERE search_vector @@ to_tsquery('simple', @q) AND id BETWEEN @lo AND @hi " +
        "ORDER BY id DESC LIMIT @n)) ORDER BY id DESC";

    public async Task<IReadOnlyList<SearchCandidate>> FindAsync(
        DbConnection connection, SearchQuery query, IReadOnlyList<string> facets, CancellationToken cancellationToken)
    {
        if (await NewestItemIdAsync(connection, cancellationToken) is not { } newest)
        {
            return [];
        }

        var facetText = string.Concat(facets.Select(f => $" & '{f}'"));
        var words = query.Words.Count > 0 ? query.ToPostgresTsQuery() : null;
        var grams = query.HasGrams ? query.ToPostgresGramTsQuery() : null;
        if (words is null)
        {
            // Grams only (no SmartCn word in the query): ranked by the grams, none of them a word match.
            var gramMatches = await NewestAsync(connection, newest, grams + facetText, grams ?? string.Empty, cancellationToken);
            return [.. gramMatches.Select(c => c with { IsWord = false })];
        }

        var wordMatches = await NewestAsync(connection, newest, words + facetText, words, cancellationToken);
        if (grams is null || wordMatches.Count > ISearchCandidates.Limit)
        {
            return wordMatches;
        }

        return await NewestAsync(connection, newest, $"(({words}) | ({grams})){facetText}", words, cancellationToken);
    }

    /// <summary>
    /// The newest Limit + 1 matches of <paramref name="expression"/>, window by window from the newest id down. A GIN
    /// index yields its matches in no useful order, so one scan of the whole table reads every match's row to keep the
    /// newest (8,759 rows for words in one item in eleven of 100,000: ~20 ms). A window is a run of whole partitions,
    /// and each costs about its GIN search plus its matches' rows: the first holds the newest 16,384 ids or more; the
    /// next is sized from the density found so far to hold what is missing with half again as margin, or covers
    /// everything left when nothing matched yet. Every partition is searched at most once.
    /// </summary>
    private static async Task<List<SearchCandidate>> NewestAsync(
        DbConnection connection, int newest, string expression, string words, CancellationToken cancellationToken)
    {
        const int Wanted = ISearchCandidates.Limit + 1;
        var found = new List<SearchCandidate>();
        long high = newest;
        // At least one partition's worth of ids, from a partition boundary: the next window is sized from what this
        // one finds, and the 577 ids of a nearly empty newest partition gave estimates off by a factor of four (53
        // partitions searched where 13 held the 1,001 newest matches, 57 ms instead of ~20 on 1,000,000 items).
        var low = Math.Max(0, high - PartitionSize + 1);
        low -= low % PartitionSize;
        while (true)
        {
            low = Math.Max(low, 0);
            found.AddRange(await SearchCandidateReader.ReadAsync(
                connection, RankNewest, expression, words, cancellationToken, ((int)low, (int)high)));
            if (found.Count >= Wanted || low == 0)
            {
                return found.Count > Wanted ? found[..Wanted] : found;
            }

            var scanned = newest - low + 1;
            var width = found.Count == 0 ? low : (Wanted - found.Count) * 3L * scanned / (2L * found.Count);
            var partitions = Math.Max(1, (width + PartitionSize - 1) / PartitionSize);
            high = low - 1;
            low -= partitions * PartitionSize;
        }
    }

    /// <summary>
    /// The highest item id, drafts included, or null when there is no item: one probe of the items' key. The windows
    /// start there; min(id) and max(id) of item_search itself would plan a scan of all 65 partitions (~2 ms).
    /// </summary>
    private static async Task<int?> NewestItemIdAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT max(\"Id\") FROM items";
        return await command.ExecuteScalarAsync(cancellationToken) is int id ? id : null;
    }
}
