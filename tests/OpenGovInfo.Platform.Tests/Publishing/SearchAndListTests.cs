using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;
using static OpenGovInfo.Platform.Tests.Publishing.PublishingFixture;

namespace OpenGovInfo.Platform.Tests.Publishing;

/// <summary>Chinese search and public lists on both providers.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class SearchAndListTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_finds_the_two_character_word_公开_ranks_filters_and_highlights(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var open = await DraftAsync(host, agencyId, Input("政府信息公开工作要点", body: "<p>做好政府信息公开，公开目录及时更新。</p>"));
        var other = await DraftAsync(host, agencyId, Input("工业企业走访情况", body: "<p>走访规模以上工业企业十二家。</p>"));
        var draft = await DraftAsync(host, agencyId, Input("未发布的公开草稿"));
        await PublishAsync(host, agencyId, open, legal: false);
        await PublishAsync(host, agencyId, other, legal: false);

        var results = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("公开", new SearchFilter()));
        var hit = Assert.Single(results.Hits);
        Assert.Equal(open, hit.Item.Id);
        Assert.Contains("<mark>公开</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("<mark>公开</mark>", hit.TitleHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(results.Hits, h => h.Item.Id == draft);

        var industry = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("工业企业", new SearchFilter(agencyId, "work_updates", 2026)));
        Assert.Equal(other, Assert.Single(industry.Hits).Item.Id);
        var wrongYear = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("工业企业", new SearchFilter(Year: 2025)));
        Assert.Empty(wrongYear.Hits);
        var hostile = await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("公开\" OR * NEAR( ' & !", new SearchFilter()));
        Assert.DoesNotContain(hostile.Hits, h => h.Item.Id == draft);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Public_list_filters_by_category_and_topic_and_pages_newest_first(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        for (var i = 1; i <= 5; i++)
        {
            var id = await DraftAsync(host, agencyId, Input($"工作动态第{i}期", i % 2 == 0 ? "other" : "work_updates"));
            await PublishAsync(host, agencyId, id, legal: false);
            host.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var page = await host.RunAsync<ListItems, ItemPage>(q => q.RunAsync(new ItemFilter(agencyId, "work_updates", 2026, PageSize: 2, Page: 2)));
        Assert.Equal(3, page.Total);
        Assert.Equal("工作动态第1期", Assert.Single(page.Items).Title);
        var first = await host.RunAsync<ListItems, ItemPage>(q => q.RunAsync(new ItemFilter(agencyId, PageSize: 2)));
        Assert.Equal(["工作动态第5期", "工作动态第4期"], first.Items.Select(i => i.Title));
        Assert.Equal("11411503005056032N/2026-00005", first.Items[0].IndexNumber);
        var topic = await host.RunAsync<ListItems, ItemPage>(q => q.RunAsync(new ItemFilter(agencyId, Topic: "不存在的主题")));
        Assert.Equal(0, topic.Total);
    }
}
