using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;
using OtpNet;

namespace OpenGovInfo.Web.Tests.Security;

/// <summary>Issue #12 item 12: a TOTP code is accepted once; its time step is remembered in the user's tokens.</summary>
[Collection(WebCollection.Name)]
public sealed class TotpReplayTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_code_cannot_be_used_twice_within_its_time_step(string provider)
    {
        var app = apps.For(provider);
        var userName = $"totp.replay.{Guid.NewGuid():N}"[..24];
        await CreateUserAsync(app, userName);
        var client = await StaffClient.SignInAsync(app, userName);
        var page = await client.GetStringAsync("/staff/account/2fa");
        var key = Regex.Match(page, "id=\"authenticator-key\">([^<]+)<").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));
        var enableCode = totp.ComputeTotp();
        using (var enable = await StaffClient.PostFormAsync(client, "/staff/account/2fa", new() { ["Code"] = enableCode }))
        {
            // Enabling answers with the recovery codes, shown once (no redirect).
            Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
        }

        // The code that enabled two-factor was used: it cannot also sign in.
        using (var replayed = await SecondStepAsync(app, userName, enableCode))
        {
            Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
            Assert.Contains("验证码不正确或已使用过", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The next step's code works once, then is refused in a second browser.
        var next = totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30));
        using (var first = await SecondStepAsync(app, userName, next))
        {
            Assert.Equal("/staff", first.Headers.Location?.OriginalString);
        }

        using (var again = await SecondStepAsync(app, userName, next))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Contains("验证码不正确或已使用过", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var stored = await users.GetAuthenticationTokenAsync((await users.FindByNameAsync(userName))!,
            SingleUseAuthenticatorTokenProvider.TokenLoginProvider, SingleUseAuthenticatorTokenProvider.LastStepTokenName);
        var expected = DateTimeOffset.UtcNow.AddSeconds(30).ToUnixTimeSeconds() / 30;
        Assert.InRange(long.Parse(stored!, System.Globalization.CultureInfo.InvariantCulture), expected - 1, expected);
    }

    private static async Task<HttpResponseMessage> SecondStepAsync(OgiWebFactory<Program> app, string userName, string code)
    {
        var browser = StaffClient.Anonymous(app);
        using var password = await StaffClient.PostFormAsync(browser, "/staff/login", new()
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = OgiWebFactory<Program>.DemoPassword,
        });
        Assert.StartsWith("/staff/login/2fa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        return await StaffClient.PostFormAsync(browser, "/staff/login/2fa", new() { ["Code"] = code });
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
