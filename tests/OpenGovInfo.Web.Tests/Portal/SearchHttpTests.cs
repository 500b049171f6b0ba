using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Portal;

/// <summary>The search page's paging links and <c>GET /api/v1/items?q=</c> (issue #13, item 6).</summary>
[Collection(WebCollection.Name)]
public sealed partial class SearchHttpTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_results_link_to_the_next_and_previous_pages_keeping_the_filters(string provider)
    {
        var client = StaffClient.Anonymous(apps.For(provider));
        var first = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("公开"));
        var total = int.Parse(TotalPattern().Match(first).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 40, $"{total} results for 公开");
        Assert.Contains($"第 1 / {(total + 19) / 20} 页", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        var next = NextPattern().Match(first).Groups[1].Value;
        Assert.Equal("/search?q=%E5%85%AC%E5%BC%80&amp;page=2", next);

        var second = await client.GetStringAsync(WebUtility.HtmlDecode(next));
        Assert.Contains("第 2 / ", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.NotEqual(ResultLinks(first), ResultLinks(second));
        Assert.Empty(ResultLinks(first).Intersect(ResultLinks(second)));

        // The bureau's 36 items of 2023 all say 公开: two pages, and the link keeps the filters.
        var bureau = (await DemoIds.AgenciesAsync(client))[DemoDistrict.Bureau];
        var filtered = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("公开") + $"&year=2023&agency={bureau}");
        Assert.Contains("第 1 / 2 页", filtered, StringComparison.Ordinal);
        Assert.Equal($"/search?q=%E5%85%AC%E5%BC%80&amp;agency={bureau}&amp;year=2023&amp;page=2", NextPattern().Match(filtered).Groups[1].Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_api_searches_with_q_with_the_same_filters_and_results_as_the_page(string provider)
    {
        var client = StaffClient.Anonymous(apps.For(provider));
        var bureau = (await DemoIds.AgenciesAsync(client))[DemoDistrict.Bureau];

        using var all = JsonDocument.Parse(await client.GetStringAsync("/api/v1/items?q=" + Uri.EscapeDataString("特派") + "&pageSize=100"));
        Assert.Equal(["items", "total", "page", "pageSize"], all.RootElement.EnumerateObject().Select(p => p.Name));
        var titles = all.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
        Assert.Contains(titles, t => t.Contains("科技特派员", StringComparison.Ordinal));
        Assert.All(titles, t => Assert.Contains("特派", t, StringComparison.Ordinal));
        Assert.Equal(titles.Count, all.RootElement.GetProperty("total").GetInt32());

        // The same words and filters on the page and in the API give the same items in the same order.
        var query = "q=" + Uri.EscapeDataString("科技") + $"&agency={bureau}&year=2023&category=other";
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/v1/items?" + query));
        var apiIds = api.RootElement.GetProperty("items").EnumerateArray().Select(i => "/items/" + i.GetProperty("id").GetInt32()).ToList();
        Assert.NotEmpty(apiIds);
        Assert.All(api.RootElement.GetProperty("items").EnumerateArray(), i =>
        {
            Assert.Equal(bureau, i.GetProperty("agencyId").GetInt32());
            Assert.Equal("other", i.GetProperty("categoryCode").GetString());
            Assert.StartsWith("2023-", i.GetProperty("publishedOn").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal(ResultLinks(await client.GetStringAsync("/search?" + query)), apiIds);

        using var withTopic = await client.GetAsync("/api/v1/items?q=" + Uri.EscapeDataString("科技") + "&topic=x");
        Assert.Equal(HttpStatusCode.BadRequest, withTopic.StatusCode);
        using var empty = JsonDocument.Parse(await client.GetStringAsync("/api/v1/items?q=" + Uri.EscapeDataString("没有这种词语")));
        Assert.Equal(0, empty.RootElement.GetProperty("total").GetInt32());
    }

    private static List<string> ResultLinks(string html) =>
        [.. ResultPattern().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("找到 (\\d+) 条")]
    private static partial Regex TotalPattern();

    [GeneratedRegex("<a href=\"([^\"]+)\" rel=\"next\">")]
    private static partial Regex NextPattern();

    [GeneratedRegex("<li>\\s*<a href=\"(/items/\\d+)\">")]
    private static partial Regex ResultPattern();
}
