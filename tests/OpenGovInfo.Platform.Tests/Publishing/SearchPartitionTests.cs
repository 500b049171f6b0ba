using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Documents.Search;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Publishing;

/// <summary>
/// PostgreSQL's <c>item_search</c> is partitioned by ranges of 16,384 item ids and searched in windows of partitions,
/// newest first (ADR 0027). The windows must find exactly what one scan of the whole table finds, and an id beyond the
/// last partition must still be indexed and found.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SearchPartitionTests(PostgresServer postgres)
{
    private const int PartitionSize = 16_384;

    [Fact]
    public async Task Windows_of_partitions_find_the_same_newest_matches_as_one_scan_of_the_table()
    {
        var (host, agencyId) = await PublishingFixture.StartAsync("PostgreSql", postgres);
        await using var _ = host;
        // Four runs of ids in four partitions, densest oldest: 节能监察 in every item of the first, every second item of
        // the next, then every twentieth, then one item in the newest, which makes the windows grow from a sparse start.
        (int From, int Count, int Every)[] runs = [(1, 1_100, 1), (2 * PartitionSize, 400, 2), (5 * PartitionSize + 7, 60, 20), (6 * PartitionSize, 40, 40)];
        var n = 0;
        foreach (var (from, count, every) in runs)
        {
            await host.RunAsync<OpenGovInfoDbContext>(async db =>
            {
                if (from > 1)
                {
                    await db.Database.ExecuteSqlAsync($"SELECT setval(pg_get_serial_sequence('items', 'Id'), {from - 1})");
                }

                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.Items.AddRange(Enumerable.Range(n, count).Select(i => SearchCandidateLimitTests.Published(
                    agencyId, i, (i - n) % every == every - 1 ? $"节能监察工作动态第{i}期" : $"安全生产工作动态第{i}期")));
                await db.SaveChangesAsync();
            });
            n += count;
        }

        Assert.Equal(["item_search_p0", "item_search_p2", "item_search_p5", "item_search_p6"], await PartitionsHoldingRowsAsync(host));

        var category = InformationCategory.All[3].Code;
        (string Query, SearchFilter Filter)[] searches =
        [
            ("节能", new SearchFilter()),                      // 1,302 word matches: the newest 1,001
            ("节能", new SearchFilter(Category: category)),   // fewer than 1,001: words, then words or grams
            ("能监", new SearchFilter()),                      // grams only (节能 | 监察 as words)
            ("安全生产", new SearchFilter(Year: 2025)),        // a word in the other items, with a facet
        ];
        foreach (var (text, filter) in searches)
        {
            var expected = await OneScanAsync(host, SearchQuery.Parse(text), filter);
            var found = new List<int>();
            for (var page = 1; page <= 11; page++)
            {
                var results = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync(text, filter with { Page = page, PageSize = 100 }));
                Assert.Equal(Math.Min(expected.Count, IItemSearch.CountLimit + 1), results.Total);
                found.AddRange(results.Hits.Select(h => h.Item.Id));
            }

            // The pages show the best-ranked 1,000 of the candidates: every one among what the single scan finds.
            Assert.True(expected.Count > 0, text);
            Assert.Equal(Math.Min(expected.Count, IItemSearch.CountLimit), found.Distinct().Count());
            Assert.Subset(expected.ToHashSet(), found.ToHashSet());
        }
    }

    [Fact]
    public async Task An_item_beyond_the_last_partition_is_indexed_in_the_rest_and_found()
    {
        var (host, agencyId) = await PublishingFixture.StartAsync("PostgreSql", postgres);
        await using var _ = host;
        const int Id = (64 * PartitionSize) + 5;
        await host.RunAsync<OpenGovInfoDbContext>(async db =>
        {
            db.Items.Add(SearchCandidateLimitTests.Published(agencyId, 0, "节能监察工作动态第0期"));
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlAsync($"SELECT setval(pg_get_serial_sequence('items', 'Id'), {Id - 1})");
            db.Items.Add(SearchCandidateLimitTests.Published(agencyId, 1, "节能监察工作动态第1期"));
            await db.SaveChangesAsync();
        });

        Assert.Equal(["item_search_p0", "item_search_rest"], await PartitionsHoldingRowsAsync(host));
        var hits = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("节能监察", new SearchFilter()));
        Assert.Equal(2, hits.Total);
        Assert.Equal(Id, hits.Hits[0].Item.Id);
    }

    private static async Task<List<string>> PartitionsHoldingRowsAsync(PlatformHost host) =>
        [.. (await host.RunAsync<OpenGovInfoDbContext, List<string>>(db => db.Database.SqlQuery<string>(
            $"SELECT DISTINCT tableoid::regclass::text AS \"Value\" FROM item_search").ToListAsync())).Order(StringComparer.Ordinal)];

    /// <summary>What one scan of the whole table finds: the words, or when fewer than are ranked, words or grams.</summary>
    private static Task<List<int>> OneScanAsync(PlatformHost host, SearchQuery query, SearchFilter filter) =>
        host.RunAsync<OpenGovInfoDbContext, List<int>>(async db =>
        {
            var facets = string.Concat(SearchDocument.FacetTokens(filter).Select(f => $" & '{f}'"));
            var words = query.Words.Count > 0 ? query.ToPostgresTsQuery() : null;
            var grams = query.HasGrams ? query.ToPostgresGramTsQuery() : null;
            Task<List<int>> Scan(string expression) => db.Database.SqlQuery<int>(
                $"SELECT id AS \"Value\" FROM item_search WHERE search_vector @@ to_tsquery('simple', {expression}) ORDER BY id DESC LIMIT {IItemSearch.CountLimit + 1}").ToListAsync();
            var matches = words is null ? [] : await Scan(words + facets);
            return grams is null || matches.Count > IItemSearch.CountLimit
                ? matches
                : await Scan(words is null ? grams + facets : $"(({words}) | ({grams})){facets}");
        });
}
