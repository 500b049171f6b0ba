using System.Net;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Portal;

[Collection(WebCollection.Name)]
public sealed class PortalTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Home_lists_every_agency_in_Chinese(string provider)
    {
        var html = await StaffClient.Anonymous(apps.For(provider)).GetStringAsync("/");
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.All(DemoDistrict.Agencies, a => Assert.Contains(a.Name, html, StringComparison.Ordinal));
        Assert.Contains("11411503005056032N", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Agency_page_shows_the_guide_and_rules(string provider)
    {
        var client = StaffClient.Anonymous(apps.For(provider));
        var id = (await DemoIds.AgenciesAsync(client))[DemoDistrict.Bureau];
        var html = await client.GetStringAsync($"/agencies/{id}");
        Assert.Contains("政府信息公开指南", html, StringComparison.Ordinal);
        Assert.Contains("政府信息公开制度", html, StringComparison.Ordinal);
        Assert.Contains("依申请公开", html, StringComparison.Ordinal);
        Assert.Contains(DemoDistrict.Government, html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Health_checks_the_database(string provider)
    {
        using var response = await StaffClient.Anonymous(apps.For(provider)).GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        // Public: it must not tell which database product runs behind it.
        Assert.DoesNotContain(provider, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("provider", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_never_seeds_the_demo_district()
    {
        var client = StaffClient.Anonymous(apps.Production);
        Assert.Empty(await DemoIds.AgenciesAsync(client));
        Assert.Contains("暂无机关信息", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Static_assets_are_local()
    {
        var client = StaffClient.Anonymous(apps.For("Sqlite"));
        var html = await client.GetStringAsync("/");
        Assert.DoesNotContain("//cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        using var css = await client.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }

    [Fact]
    public async Task A_browser_asking_for_compression_gets_the_stylesheet()
    {
        // Browsers send Accept-Encoding; MapStaticAssets then answers with the precompressed copy, which a build keeps
        // outside wwwroot (the browser tests lost their stylesheet when only that copy was missing).
        var client = StaffClient.Anonymous(apps.For("Sqlite"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
        using var css = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.NotEmpty(css.Content.Headers.ContentEncoding);
        Assert.True((await css.Content.ReadAsByteArrayAsync()).Length > 0);
    }
}
