using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Documents.Search;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Publishing;

/// <summary>
/// Search that finds words (issue #13, ADR 0013): every two adjacent Han characters of every demo title, searched
/// on its own, finds exactly the public items whose title or text contains them, whole words first.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SearchRecallTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_two_character_word_of_the_demo_titles_finds_every_item_containing_it_words_first(string provider)
    {
        await using var host = await SeededAsync(provider);
        var items = await PublicItemsAsync(host);
        var grams = items.SelectMany(i => Grams(i.Title)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(grams.Count > 300, $"only {grams.Count} grams in the demo titles");

        var failures = new List<string>();
        foreach (var gram in grams)
        {
            var expected = items.Where(i => Normal(i.Title + " " + i.BodyText).Contains(gram, StringComparison.Ordinal)).Select(i => i.Id).ToHashSet();
            var found = await SearchAllAsync(host, gram);
            var missing = expected.Except(found).ToList();
            var extra = found.Except(expected).ToList();
            if (missing.Count > 0 || extra.Count > 0)
            {
                failures.Add($"{gram}: {expected.Count} contain it, {found.Count} found, missing [{string.Join(',', missing)}], extra [{string.Join(',', extra)}]");
                continue;
            }

            // Words first: the items whose SmartCn words hold all the query's words come before those only the grams find
            // (a query cut into lone characters, 特派 -> 特 派, has no words: only grams find it).
            var words = SearchQuery.Parse(gram).Words;
            var wordMatch = found.Select(id => items.Single(i => i.Id == id))
                .Select(i => words.Count > 0 && words.All(ChineseSegmenter.Shared.Tokenize(i.Title + " " + i.BodyText).Contains)).ToList();
            if (wordMatch.SkipWhile(w => w).Any(w => w))
            {
                failures.Add($"{gram}: a word match is ranked after a gram-only match");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {grams.Count} grams:\n" + string.Join('\n', failures.Take(30)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_issues_examples_财政_科技_特派_are_found_and_highlighted(string provider)
    {
        await using var host = await SeededAsync(provider);
        var items = await PublicItemsAsync(host);

        var finance = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("财政", new SearchFilter(PageSize: 100)));
        var withBureau = items.Count(i => i.Title.Contains("财政局", StringComparison.Ordinal));
        Assert.True(withBureau >= 10, $"{withBureau} titles with 财政局");
        Assert.True(finance.Total >= withBureau);
        Assert.All(finance.Hits, h => Assert.Contains("<mark>财政</mark>", h.TitleHtml + h.SnippetHtml, StringComparison.Ordinal));

        var science = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("科技", new SearchFilter(PageSize: 100)));
        Assert.Contains(science.Hits, h => h.Item.Title.Contains("科技型中小企业", StringComparison.Ordinal));

        var envoy = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("特派", new SearchFilter(PageSize: 100)));
        var hit = Assert.Single(envoy.Hits, h => h.Item.Title.Contains("科技特派员", StringComparison.Ordinal));
        Assert.Contains("<mark>特派</mark>", hit.TitleHtml, StringComparison.Ordinal);

        // Filters still apply to gram matches: the facet tokens are AND-ed to both forms.
        var bureau = items.First(i => i.Title.Contains("科技特派员", StringComparison.Ordinal));
        Assert.Empty((await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("特派", new SearchFilter(Year: 2025)))).Hits);
        Assert.Contains((await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("特派", new SearchFilter(bureau.AgencyId, bureau.CategoryCode, bureau.IndexYear)))).Hits,
            h => h.Item.Id == bureau.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Items_indexed_without_grams_are_reindexed_once_and_withdrawn_items_stay_out(string provider)
    {
        await using var host = await SeededAsync(provider);
        var items = await PublicItemsAsync(host);
        // As the previous version indexed: words and facets, no format mark, no grams.
        await host.RunAsync<OpenGovInfoDbContext>(async db =>
        {
            foreach (var item in items)
            {
                var old = ChineseSegmenter.Shared.Segment(item.Title + " " + item.BodyText) + " "
                    + string.Join(' ', SearchDocument.FacetTokens(new SearchFilter(item.AgencyId, item.CategoryCode, item.IndexYear)));
                await db.Items.Where(i => i.Id == item.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.SearchText, old));
            }
        });
        var envoy = items.First(i => i.Title.Contains("科技特派员", StringComparison.Ordinal));
        Assert.DoesNotContain(envoy.Id, await SearchAllAsync(host, "特派"));
        var withdrawn = items.First(i => i.Id != envoy.Id && i.Title.Contains("科技", StringComparison.Ordinal));
        await host.RunAsync<OpenGovInfoDbContext>(db => db.Items.Where(i => i.Id == withdrawn.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.SearchText, (string?)null).SetProperty(i => i.State, ItemState.Withdrawn)));

        Assert.Equal(items.Count - 1, await host.RunAsync<SearchReindexer, int>(r => r.RunAsync()));
        Assert.Equal(0, await host.RunAsync<SearchReindexer, int>(r => r.RunAsync()));

        Assert.Contains(envoy.Id, await SearchAllAsync(host, "特派"));
        Assert.DoesNotContain(withdrawn.Id, await SearchAllAsync(host, "科技"));
        Assert.Null(await host.RunAsync<OpenGovInfoDbContext, string?>(db => db.Items.Where(i => i.Id == withdrawn.Id).Select(i => i.SearchText).SingleAsync()));
    }

    private async Task<PlatformHost> SeededAsync(string provider)
    {
        var host = await PlatformHost.StartAsync(provider, postgres);
        await host.RunAsync<StaffRoleSetup>(s => s.EnsureRolesAsync());
        Assert.True(await host.RunAsync<DemoSeeder, bool>(s => s.SeedIfEmptyAsync("Test#Pingqiao2026")));
        return host;
    }

    private static Task<List<Item>> PublicItemsAsync(PlatformHost host) =>
        host.RunAsync<OpenGovInfoDbContext, List<Item>>(db => db.Items.AsNoTracking().Where(i => i.State == ItemState.Published).ToListAsync());

    /// <summary>Every result id of <paramref name="q"/>, page by page, in rank order.</summary>
    private static async Task<List<int>> SearchAllAsync(PlatformHost host, string q)
    {
        var ids = new List<int>();
        for (var page = 1; ; page++)
        {
            var results = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync(q, new SearchFilter(Page: page, PageSize: 100)));
            Assert.True(results.Total <= IItemSearch.CountLimit, $"{q}: more than {IItemSearch.CountLimit} matches");
            ids.AddRange(results.Hits.Select(h => h.Item.Id));
            if (ids.Count >= results.Total || results.Hits.Count == 0)
            {
                Assert.Equal(results.Total, ids.Count);
                return ids;
            }
        }
    }

    /// <summary>Every two adjacent Han characters of <paramref name="text"/>, computed here independently of CjkBigrams.</summary>
    private static IEnumerable<string> Grams(string text)
    {
        var normal = Normal(text);
        for (var i = 0; i + 1 < normal.Length; i++)
        {
            if (IsHan(normal[i]) && IsHan(normal[i + 1]))
            {
                yield return normal.Substring(i, 2);
            }
        }
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static string Normal(string text) => text.Normalize(NormalizationForm.FormKC);
}
