using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Security;

[Collection(WebCollection.Name)]
public sealed class SecurityHeaderTests(WebApps apps)
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
        foreach (var path in new[] { "/", "/agencies/1", "/staff/agencies/1", "/staff/agencies/1/guide", "/staff/account/2fa" })
        {
            var html = await client.GetStringAsync(path);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        }
    }
}
