using OpenGovInfo.Documents.Search;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Publishing;

/// <summary>
/// A word found in more items than are ranked (<see cref="IItemSearch.CountLimit"/>): the newest word matches fill
/// every page, the total reads "1000+", and an item that only the two-character grams find is not put among them
/// (the grams are not scanned at all then: ADR 0013, docs/performance.md).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SearchCandidateLimitTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task More_word_matches_than_are_ranked_fill_the_pages_newest_first_and_gram_only_items_stay_behind(string provider)
    {
        var (host, agencyId) = await PublishingFixture.StartAsync(provider, postgres);
        await using var _ = host;
        var wordItems = IItemSearch.CountLimit + 50;
        // 节能 as a SmartCn word (节能监察); the last, newest item holds 节能 only across a word boundary (调节能力).
        var gramOnly = "关于提升城市排水调节能力的通知";
        Assert.DoesNotContain("节能", ChineseSegmenter.Shared.Tokenize(gramOnly));
        await host.RunAsync<OpenGovInfoDbContext>(async db =>
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Items.AddRange(Enumerable.Range(0, wordItems).Select(n => Published(agencyId, n, $"节能监察工作动态第{n}期")));
            db.Items.Add(Published(agencyId, wordItems, gramOnly));
            await db.SaveChangesAsync();
        });

        var first = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("节能", new SearchFilter(PageSize: 100)));
        Assert.Equal(IItemSearch.CountLimit + 1, first.Total);
        Assert.Equal(100, first.Hits.Count);
        Assert.All(first.Hits, h => Assert.StartsWith("节能监察", h.Item.Title, StringComparison.Ordinal));
        // Newest first among equally relevant word matches.
        Assert.Equal($"节能监察工作动态第{wordItems - 1}期", first.Hits[0].Item.Title);

        var last = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("节能", new SearchFilter(Page: 11, PageSize: 100)));
        Assert.All(last.Hits, h => Assert.NotEqual(gramOnly, h.Item.Title));

        // On its own the grams still find it.
        var capacity = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("调节能力", new SearchFilter()));
        Assert.Contains(capacity.Hits, h => h.Item.Title == gramOnly);
    }

    internal static Item Published(int agencyId, int n, string title)
    {
        var body = $"{title}。第{n}号。";
        var published = new DateTimeOffset(2025, 1, 1, 2, 0, 0, TimeSpan.Zero).AddMinutes(n);
        var category = InformationCategory.All[n % 7].Code;
        return new Item
        {
            AgencyId = agencyId, Title = title, BodyHtml = $"<p>{body}</p>", BodyText = body, CategoryCode = category,
            IssuingAgency = "平桥区科学技术和工业信息化局", FormedOn = new DateOnly(2024, 12, 30), Validity = ItemValidity.Valid,
            Channels = PublicationChannel.Portal, State = ItemState.Published, PublishedAt = published,
            IndexNumber = $"11411503005056032N/2025-{n + 1:D5}", IndexYear = 2025, IndexSequence = n + 1,
            SearchText = SearchDocument.Text(title, body, 2025, agencyId, category), CreatedAt = published, UpdatedAt = published,
        };
    }
}
