using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;
using OtpNet;

namespace OpenGovInfo.Web.Tests.Staff;

[Collection(WebCollection.Name)]
public sealed class SignInTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Staff_requires_sign_in_and_lands_on_the_own_agency_dashboard(string provider)
    {
        var app = apps.For(provider);
        using var anonymous = await StaffClient.Anonymous(app).GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/staff/login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var client = await StaffClient.SignInAsync(app, "kgx.editor");
        var bureauId = (await DemoIds.AgenciesAsync(client))[DemoDistrict.Bureau];
        using var landing = await client.GetAsync("/staff");
        Assert.Equal($"/staff/agencies/{bureauId}", landing.Headers.Location?.OriginalString);
        var dashboard = await client.GetStringAsync(landing.Headers.Location);
        Assert.Contains(DemoDistrict.Bureau, dashboard, StringComparison.Ordinal);
        Assert.Contains("信息员", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("编辑公开指南", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_Chinese()
    {
        var client = StaffClient.Anonymous(apps.For("Sqlite"));
        using var response = await StaffClient.PostFormAsync(client, "/staff/login", new()
        {
            ["Input.UserName"] = "nobody.here",
            ["Input.Password"] = "Wrong#Password123",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码不正确", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_same_site_and_expires_after_30_idle_minutes()
    {
        var client = StaffClient.Anonymous(apps.For("Sqlite"));
        using var response = await StaffClient.PostFormAsync(client, "/staff/login", new()
        {
            ["Input.UserName"] = "kgx.legal",
            ["Input.Password"] = OgiWebFactory<Program>.DemoPassword,
        });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ogi.staff=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var options = apps.For("Sqlite").Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        Assert.Equal(TimeSpan.FromMinutes(30), options.ExpireTimeSpan);
        Assert.True(options.SlidingExpiration);
    }

    [Fact]
    public async Task Two_factor_can_be_enabled_and_is_then_required_at_sign_in()
    {
        var app = apps.For("Sqlite");
        await CreateUserAsync(app, "totp.editor");
        var client = await StaffClient.SignInAsync(app, "totp.editor");
        var page = await client.GetStringAsync("/staff/account/2fa");
        var key = System.Text.RegularExpressions.Regex.Match(page, "id=\"authenticator-key\">([^<]+)<").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));

        using var enable = await StaffClient.PostFormAsync(client, "/staff/account/2fa", new() { ["Code"] = totp.ComputeTotp() });
        // Enabling answers with the recovery codes, shown once (no redirect).
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
        Assert.Contains("两步验证已启用", await client.GetStringAsync("/staff/account/2fa"), StringComparison.Ordinal);

        var second = StaffClient.Anonymous(app);
        using var password = await StaffClient.PostFormAsync(second, "/staff/login", new()
        {
            ["Input.UserName"] = "totp.editor",
            ["Input.Password"] = OgiWebFactory<Program>.DemoPassword,
        });
        Assert.StartsWith("/staff/login/2fa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var wrong = await StaffClient.PostFormAsync(second, "/staff/login/2fa", new() { ["Code"] = "000000" == totp.ComputeTotp() ? "111111" : "000000" });
        Assert.Contains("验证码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var code = await StaffClient.PostFormAsync(second, "/staff/login/2fa", new() { ["Code"] = totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)) });
        Assert.Equal("/staff", code.Headers.Location?.OriginalString);
        using var dashboard = await second.GetAsync("/staff");
        Assert.StartsWith("/staff/agencies/", dashboard.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_wrong_passwords_lock_the_account_for_five_minutes()
    {
        var app = apps.For("Sqlite");
        await CreateUserAsync(app, "lockout.editor");
        var client = StaffClient.Anonymous(app);
        for (var attempt = 0; attempt < StaffIdentityOptions.MaxFailedAttempts; attempt++)
        {
            using var wrong = await StaffClient.PostFormAsync(client, "/staff/login", new()
            {
                ["Input.UserName"] = "lockout.editor",
                ["Input.Password"] = "Wrong#Password123",
            });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await StaffClient.PostFormAsync(client, "/staff/login", new()
        {
            ["Input.UserName"] = "lockout.editor",
            ["Input.Password"] = OgiWebFactory<Program>.DemoPassword,
        });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("账户已临时锁定，请 5 分钟后再试", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_two_factor_codes_are_refused_in_Chinese()
    {
        var client = await StaffClient.SignInAsync(apps.For("Sqlite"), "kgx.secrecy");
        using var script = await StaffClient.PostFormAsync(client, "/staff/account/2fa", new() { ["Code"] = "<script>alert(1)</script>" });
        var body = await script.Content.ReadAsStringAsync();
        Assert.Contains("验证码为 6 位数字", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", body, StringComparison.Ordinal);
        using var wrong = await StaffClient.PostFormAsync(client, "/staff/account/2fa", new() { ["Code"] = "12345" + "6" });
        Assert.Contains("验证码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task CreateUserAsync(OgiWebFactory<Program> app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var bureau = (await users.FindByNameAsync("kgx.editor"))!.AgencyId;
        var user = new StaffUser { UserName = userName, DisplayName = "测试", AgencyId = bureau };
        Assert.True((await users.CreateAsync(user, OgiWebFactory<Program>.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, StaffRoleNames.Editor)).Succeeded);
    }
}
