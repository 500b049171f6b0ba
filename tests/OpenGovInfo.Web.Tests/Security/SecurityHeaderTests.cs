using System.Net;
using System.Text.RegularExpressions;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Security;

[Collection(WebCollection.Name)]
public sealed partial class SecurityHeaderTests(WebApps apps)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/staff/login")]
    [InlineData("/no/such/page")]
    public async Task Pages_forbid_framing_sniffing_and_inline_scripts(string path)
    {
        using var response = await StaffClient.Anonymous(apps.Production).GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Rendered_pages_contain_no_inline_script_or_style()
    {
        var client = await StaffClient.SignInAsync(apps.For("Sqlite"), "sysadmin");
        foreach (var path in new[] { "/", "/agencies/1", "/staff/agencies/1", "/staff/agencies/1/guide", "/staff/account/2fa",
            "/staff/account/password", "/staff/accounts", "/staff/accounts/new" })
        {
            var html = await client.GetStringAsync(path);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task No_page_carries_inline_script_event_handlers_or_javascript_urls()
    {
        var app = apps.For("Sqlite");
        var anonymous = StaffClient.Anonymous(app);
        var staff = await StaffClient.SignInAsync(app, "sysadmin");
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var bureau = (await DemoIds.AgenciesAsync(anonymous))[Platform.Demo.DemoDistrict.Bureau];
        var pages = new (HttpClient Client, string Path)[]
        {
            (anonymous, "/"), (anonymous, $"/agencies/{bureau}"), (anonymous, $"/agencies/{bureau}/items"),
            (anonymous, $"/agencies/{bureau}/registers"), (anonymous, "/search?q=科技"), (anonymous, "/staff/login"),
            (anonymous, "/staff/login/2fa"), (anonymous, "/error/404"),
            (staff, $"/staff/agencies/{bureau}"), (staff, $"/staff/agencies/{bureau}/guide"), (staff, $"/staff/agencies/{bureau}/profile"),
            (staff, $"/staff/agencies/{bureau}/registers"), (staff, "/staff/calendar"), (staff, "/staff/account/2fa"),
            (editor, $"/staff/agencies/{bureau}/items"), (editor, $"/staff/agencies/{bureau}/items/new"),
        };
        foreach (var (client, path) in pages)
        {
            using var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotMatch(EventHandler(), html);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("frame-ancestors 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task In_production_the_api_description_is_public_by_default_and_hsts_is_sent_over_https()
    {
        var client = StaffClient.Anonymous(apps.Production);
        using var openApi = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "https://gk.pingqiao.example.cn/");
        using var https = await client.SendAsync(request);
        Assert.Contains("max-age=31536000", Assert.Single(https.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    // A <script> element without a src attribute, i.e. inline code.
    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    // on…= attributes inside a tag (onclick, onerror, onload …).
    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
