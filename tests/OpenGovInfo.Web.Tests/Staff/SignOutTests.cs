using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Staff;

/// <summary>The header's 退出登录 works, and a copy of the signed-out cookie no longer opens the back office.</summary>
[Collection(WebCollection.Name)]
public sealed class SignOutTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Signing_out_from_the_header_ends_every_copy_of_the_session(string provider)
    {
        var app = apps.For(provider);
        var browser = new CookieClient(app);
        var login = await browser.GetAsync("/staff/login");
        var signedIn = await browser.PostAsync("/staff/login", StaffClient.TokenOf(await login.Content.ReadAsStringAsync()),
            new() { ["Input.UserName"] = "kgx.legal", ["Input.Password"] = OgiWebFactory<Program>.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var copied = browser.Cookie("ogi.staff");

        var landing = await browser.GetAsync(signedIn.Headers.Location!.OriginalString);
        var home = landing.Headers.Location!.OriginalString;
        var dashboard = await browser.GetAsync(home);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        // The header's form carries its anti-forgery token: pressing 退出登录 signs out (no 400).
        var logout = await browser.PostAsync("/staff/logout", StaffClient.TokenOf(await dashboard.Content.ReadAsStringAsync()), []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/", logout.Headers.Location?.OriginalString);

        var thief = new CookieClient(app);
        thief.Set("ogi.staff", copied);
        using var replay = await thief.GetAsync(home);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/staff/login", replay.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>A client that keeps cookies in plain sight, so that a test can copy one to another client.</summary>
    private sealed class CookieClient(OgiWebFactory<Program> app)
    {
        private readonly HttpClient client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

        public string Cookie(string name) => cookies[name];

        public void Set(string name, string value) => cookies[name] = value;

        public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

        public Task<HttpResponseMessage> PostAsync(string path, string token, Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = token;
            return SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) });
        }

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            if (cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await client.SendAsync(request);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';')[0];
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                cookies[pair[..eq]] = pair[(eq + 1)..];
            }

            return response;
        }
    }
}
