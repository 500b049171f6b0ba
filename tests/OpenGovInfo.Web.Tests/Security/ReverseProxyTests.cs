using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Security;

/// <summary>
/// Issue #12 item 7: behind a TLS-terminating proxy the app believes X-Forwarded-Proto only from the configured
/// proxies: then HSTS is sent, cookies are Secure and feed and sitemap links use https. From anyone else the header
/// changes nothing. Item 13: the API description can be switched off.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReverseProxyTests : IAsyncLifetime
{
    private const string Proxy = "10.20.0.5";
    private const string ProxyNetworkMember = "10.30.1.9";
    private const string Stranger = "203.0.113.50";
    private const string Host = "gk.pingqiao.example.cn";

    private readonly OgiWebFactory<Program> _base = new(TestDatabase.Sqlite(), settings: new Dictionary<string, string>
    {
        ["ForwardedHeaders:KnownProxies:0"] = Proxy,
        ["ForwardedHeaders:KnownNetworks:0"] = "10.30.0.0/16",
        ["Api:PublicDocumentation"] = "false",
    });

    private WebApplicationFactory<Program> _app = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _app = ClientAddress.WithPeerAddresses(_base);
        _client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _base.DisposeAsync();
    }

    [Theory]
    [InlineData(Proxy)]
    [InlineData(ProxyNetworkMember)]
    public async Task Https_reported_by_a_known_proxy_gives_hsts_secure_cookies_and_https_links(string peer)
    {
        using var home = await SendAsync(peer, "/", forwardedProto: "https");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("max-age=31536000", Assert.Single(home.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);

        using var login = await SendAsync(peer, "/staff/login", forwardedProto: "https");
        var antiforgery = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);

        using var signIn = ClientAddress.From(peer, HttpMethod.Post, "/staff/login");
        signIn.Headers.Host = Host;
        signIn.Headers.Add("X-Forwarded-Proto", "https");
        signIn.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        signIn.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "sysadmin",
            ["Input.Password"] = OgiWebFactory<Program>.DemoPassword,
            ["__RequestVerificationToken"] = StaffClient.TokenOf(await login.Content.ReadAsStringAsync()),
        });
        using var signedIn = await _client.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ogi.staff=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);

        var sitemap = await (await SendAsync(peer, "/sitemaps/items-1.xml", forwardedProto: "https")).Content.ReadAsStringAsync();
        Assert.Contains($"<loc>https://{Host}/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", sitemap.Replace("http://www.sitemaps.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var feed = await (await SendAsync(peer, "/feed.atom", forwardedProto: "https")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"https://{Host}/feed.atom\"", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task X_forwarded_proto_from_an_unknown_sender_changes_nothing()
    {
        using var home = await SendAsync(Stranger, "/", forwardedProto: "https");
        Assert.False(home.Headers.Contains("Strict-Transport-Security"));

        using var login = await SendAsync(Stranger, "/staff/login", forwardedProto: "https");
        var antiforgery = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", antiforgery, StringComparison.OrdinalIgnoreCase);

        var sitemap = await (await SendAsync(Stranger, "/sitemaps/items-1.xml", forwardedProto: "https")).Content.ReadAsStringAsync();
        Assert.Contains($"<loc>http://{Host}/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", sitemap, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feed.atom")]
    [InlineData("/sitemap.xml")]
    [InlineData("/")]
    public async Task A_scheme_other_than_http_or_https_from_a_proxy_is_a_bad_request_not_a_failure(string path)
    {
        // Found by the hostile corpus: every absolute URL was built from the forwarded scheme and threw (500).
        using var response = await SendAsync(Proxy, path, forwardedProto: "javascript");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请求无效", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/scalar/v1")]
    [InlineData("/api")]
    public async Task The_api_description_and_browser_can_be_switched_off(string path)
    {
        using var response = await SendAsync(Proxy, path, forwardedProto: "https");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string peer, string path, string forwardedProto)
    {
        using var request = ClientAddress.From(peer, HttpMethod.Get, path);
        request.Headers.Host = Host;
        request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        return await _client.SendAsync(request);
    }
}
