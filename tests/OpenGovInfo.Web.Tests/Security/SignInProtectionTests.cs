using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenGovInfo.Web.Tests.Security;

/// <summary>
/// Issue #12 item 10: one address is stopped (429, Chinese page) before it can lock anybody's account; the lock-out
/// still stops guessing spread over many addresses; sign-in posts are rate-limited per address; and an unknown user
/// name takes as long to refuse as a known one.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SignInProtectionTests : IAsyncLifetime
{
    private const int FailuresPerAddress = 3;
    private const int PostsPerMinute = 6;
    private readonly ITestOutputHelper _output;
    private readonly OgiWebFactory<Program> _base = new(TestDatabase.Sqlite(), settings: new Dictionary<string, string>
    {
        ["SignIn:FailuresPerAddress"] = FailuresPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SignIn:PostsPerAddressPerMinute"] = PostsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private WebApplicationFactory<Program> _app = null!;

    public SignInProtectionTests(ITestOutputHelper output) => _output = output;

    public Task InitializeAsync()
    {
        _app = ClientAddress.WithPeerAddresses(_base);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _base.DisposeAsync();
    }

    [Fact]
    public async Task One_address_gets_429_before_it_can_lock_an_account_and_the_account_stays_usable()
    {
        var attacker = Client("198.51.100.7");
        for (var i = 0; i < FailuresPerAddress; i++)
        {
            using var wrong = await SignInAsync(attacker, "kgx.editor", "Wrong#Password123");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var refused = await SignInAsync(attacker, "kgx.editor", OgiWebFactory<Program>.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("尝试次数过多", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.True(FailuresPerAddress < StaffIdentityOptions.MaxFailedAttempts);

        // The real user, elsewhere, signs in: the attacker's address used up its own budget, not the account's.
        using var owner = await SignInAsync(Client("192.0.2.20"), "kgx.editor", OgiWebFactory<Program>.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
    }

    [Fact]
    public async Task Guessing_spread_over_many_addresses_still_meets_the_account_lock_out()
    {
        for (var i = 0; i < StaffIdentityOptions.MaxFailedAttempts; i++)
        {
            using var wrong = await SignInAsync(Client($"203.0.113.{i + 1}"), "kgx.secrecy", "Wrong#Password123");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var locked = await SignInAsync(Client("192.0.2.30"), "kgx.secrecy", OgiWebFactory<Program>.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("账户已临时锁定，请 5 分钟后再试", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_posts_are_rate_limited_per_address_even_when_they_succeed()
    {
        var office = Client("192.0.2.40");
        for (var i = 0; i < PostsPerMinute; i++)
        {
            using var ok = await SignInAsync(office, "kgx.legal", OgiWebFactory<Program>.DemoPassword);
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }

        using var limited = await SignInAsync(office, "kgx.legal", OgiWebFactory<Program>.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("尝试次数过多", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The form itself (GET) is never limited.
        using var form = await office.GetAsync("/staff/login");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_name_takes_as_long_to_refuse_as_a_known_one()
    {
        var known = new List<double>();
        var unknown = new List<double>();
        // Warm-up (JIT, connection, first hash), then interleaved so that machine load affects both alike.
        await TimedAsync(Client("100.64.0.1"), "kgx.approver");
        await TimedAsync(Client("100.64.0.2"), "no.such.user");
        for (var i = 0; i < 7; i++)
        {
            known.Add(await TimedAsync(Client($"100.64.1.{i + 1}"), "kgx.approver"));
            unknown.Add(await TimedAsync(Client($"100.64.2.{i + 1}"), $"no.such.user{i}"));
        }

        var (knownMedian, unknownMedian) = (Median(known), Median(unknown));
        _output.WriteLine($"sign-in refusal, median of 7: known {knownMedian:0.0} ms, unknown {unknownMedian:0.0} ms");
        Assert.True(unknownMedian > knownMedian * 0.6 && unknownMedian < knownMedian * 1.67,
            $"known {knownMedian:0.0} ms vs unknown {unknownMedian:0.0} ms");
    }

    private async Task<double> TimedAsync(HttpClient client, string userName)
    {
        var page = await client.GetStringAsync("/staff/login");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = "Wrong#Password123",
            ["__RequestVerificationToken"] = StaffClient.TokenOf(page),
        });
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync("/staff/login", content);
        watch.Stop();
        Assert.Contains("用户名或密码不正确", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private HttpClient Client(string peer)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(ClientAddress.Header, peer);
        return client;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        StaffClient.PostFormAsync(client, "/staff/login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
}
