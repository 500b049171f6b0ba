using System.Text.RegularExpressions;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Portal;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Portal;

/// <summary>The portal's home, footer, installation name and developer page (issue #13, item 5).</summary>
[Collection(WebCollection.Name)]
public sealed partial class SitePortalTests(WebApps apps)
{
    [Fact]
    public async Task Name_and_footer_come_from_the_Site_section_and_nothing_names_a_district_without_it()
    {
        await using var configured = new OgiWebFactory<Program>(TestDatabase.Sqlite(), seedDemo: false, settings: new Dictionary<string, string>
        {
            ["Site:Name"] = "某县政府信息公开平台",
            ["Site:Organizer"] = "某县人民政府办公室",
            ["Site:SiteCode"] = "1234567890",
            ["Site:IcpNumber"] = "京ICP备12345678号",
            ["Site:PublicSecurityNumber"] = "京公网安备11010502000001号",
        });
        var client = StaffClient.Anonymous(configured);
        var home = await client.GetStringAsync("/");
        Assert.Contains("<title>首页 - 某县政府信息公开平台</title>", home, StringComparison.Ordinal);
        Assert.Contains("</span>某县政府信息公开平台</a>", home, StringComparison.Ordinal);
        Assert.Contains("<p>主办单位：某县人民政府办公室</p>", home, StringComparison.Ordinal);
        Assert.Contains("<span>网站标识码：1234567890</span>", home, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://beian.miit.gov.cn/\" rel=\"noopener\">京ICP备12345678号</a>", home, StringComparison.Ordinal);
        Assert.Contains("code=11010502000001\" rel=\"noopener\">京公网安备11010502000001号</a>", home, StringComparison.Ordinal);
        var feed = await client.GetStringAsync("/feed.atom");
        Assert.Contains("<name>某县人民政府办公室</name>", feed, StringComparison.Ordinal);
        Assert.Contains("某县政府信息公开平台", feed, StringComparison.Ordinal);

        // The shared test apps configure no Site section: no district's name in the layout or the site feed.
        var plain = StaffClient.Anonymous(apps.For("Sqlite"));
        var page = await plain.GetStringAsync("/search");
        Assert.Contains($"<title>搜索 - {SiteOptions.DefaultName}</title>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("平桥", page, StringComparison.Ordinal);
        Assert.DoesNotContain("主办单位", page, StringComparison.Ordinal);
        Assert.DoesNotContain("平桥", Author().Match(await plain.GetStringAsync("/feed.atom")).Value, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Home_has_a_search_box_and_the_latest_items_newest_first(string provider)
    {
        var client = StaffClient.Anonymous(apps.For(provider));
        var home = await client.GetStringAsync("/");
        Assert.Matches("<form method=\"get\" action=\"/search\" role=\"search\"[^>]*>\\s*<label for=\"home-q\"[^>]*>关键词</label>\\s*<input id=\"home-q\" name=\"q\"", home);

        var latest = LatestSection().Match(home);
        Assert.True(latest.Success, "no 最新公开 section");
        var links = ItemLink().Matches(latest.Value).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(IndexModelLatest, links.Count);
        using var api = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/api/v1/items?pageSize={IndexModelLatest}"));
        Assert.Equal(api.RootElement.GetProperty("items").EnumerateArray().Select(i => "/items/" + i.GetProperty("id").GetInt32()), links);
        Assert.All(DemoDistrict.Agencies, a => Assert.Contains(a.Name, home, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Developers_page_explains_the_api_in_Chinese_and_only_it_links_the_console()
    {
        var client = StaffClient.Anonymous(apps.For("Sqlite"));
        var page = await client.GetStringAsync("/developers");
        Assert.Contains("<h1>开放接口（开发者）</h1>", page, StringComparison.Ordinal);
        Assert.Contains("GET /api/v1/items?q=关键词", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/scalar/v1\">打开接口调试台</a>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/openapi/v1.json\"", page, StringComparison.Ordinal);

        // The citizens' menu leads to the portal only; the developer page is linked from the footer.
        var home = await client.GetStringAsync("/");
        var menu = Menu().Match(home);
        Assert.True(menu.Success);
        Assert.DoesNotContain("/scalar", menu.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("开放接口", menu.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("/scalar", home, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/developers\">", home, StringComparison.Ordinal);
    }

    private const int IndexModelLatest = OpenGovInfo.Web.Pages.IndexModel.LatestCount;

    [GeneratedRegex("<author>.*?</author>", RegexOptions.Singleline)]
    private static partial Regex Author();

    [GeneratedRegex("<section class=\"panel\" aria-labelledby=\"latest-title\">.*?</section>", RegexOptions.Singleline)]
    private static partial Regex LatestSection();

    [GeneratedRegex("<a href=\"(/items/\\d+)\">")]
    private static partial Regex ItemLink();

    [GeneratedRegex("<nav aria-label=\"主导航\">.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Menu();
}
