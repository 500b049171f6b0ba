using System.Net;
using System.Text.RegularExpressions;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;
using OtpNet;

namespace OpenGovInfo.Web.Tests.Staff;

/// <summary>
/// The account pages over HTTP with real cookies and anti-forgery tokens. Every test opens its own accounts (the
/// demo users are shared by other tests and keep their passwords and roles).
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class StaffAccountsHttpTests(WebApps apps)
{
    private const string Education = "平桥区教育局";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Admin_opens_an_account_with_two_roles_whose_owner_signs_in_and_must_choose_a_password(string provider)
    {
        var app = apps.For(provider);
        var ids = await DemoIds.AgenciesAsync(StaffClient.Anonymous(app));
        var sysadmin = await StaffClient.SignInAsync(app, "sysadmin");
        var opened = await OpenAsync(sysadmin, ids[DemoDistrict.Bureau], StaffRoleNames.Editor, StaffRoleNames.Approver);

        var newcomer = await StaffClient.SignInAsync(app, opened.UserName, opened.Password);
        using (var home = await newcomer.GetAsync("/staff"))
        {
            Assert.Equal("/staff/account/password", home.Headers.Location?.OriginalString);
        }

        Assert.Contains("仅供首次登录使用", await newcomer.GetStringAsync("/staff/account/password"), StringComparison.Ordinal);
        using (var changed = await ChangePasswordAsync(newcomer, opened.Password, "Newcomer#Own2026"))
        {
            Assert.Equal("/staff/account/password?saved=true", changed.Headers.Location?.OriginalString);
        }

        // The same browser stays signed in, without the detour, and works with both roles' pages.
        using (var home = await newcomer.GetAsync("/staff"))
        {
            Assert.StartsWith("/staff/agencies/", home.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        var account = await sysadmin.GetStringAsync($"/staff/accounts/{opened.UserId}");
        Assert.Contains("信息员、审批领导", account, StringComparison.Ordinal);
        Assert.DoesNotContain("待修改初始密码", account, StringComparison.Ordinal);
        await StaffClient.SignInAsync(app, opened.UserName, "Newcomer#Own2026");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Disabling_an_account_ends_its_open_session_at_the_next_request(string provider)
    {
        var app = apps.For(provider);
        var ids = await DemoIds.AgenciesAsync(StaffClient.Anonymous(app));
        var admin = await StaffClient.SignInAsync(app, "kgx.admin");
        var opened = await OpenAsync(admin, ids[DemoDistrict.Bureau], StaffRoleNames.Editor);
        var victim = await StaffClient.SignInAsync(app, opened.UserName, opened.Password);
        using (var before = await victim.GetAsync("/staff/account/password"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using (var forged = await admin.PostAsync($"/staff/accounts/{opened.UserId}?handler=Disable", new FormUrlEncodedContent([])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        using (var disabled = await PostHandlerAsync(admin, $"/staff/accounts/{opened.UserId}", "Disable", []))
        {
            Assert.Equal($"/staff/accounts/{opened.UserId}?done=disabled", disabled.Headers.Location?.OriginalString);
        }

        using (var after = await victim.GetAsync("/staff/account/password"))
        {
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
            Assert.StartsWith("/staff/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        using var again = await StaffClient.PostFormAsync(StaffClient.Anonymous(app), "/staff/login", new()
        {
            ["Input.UserName"] = opened.UserName,
            ["Input.Password"] = opened.Password,
        });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("账号已停用", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("已停用", await admin.GetStringAsync($"/staff/accounts/{opened.UserId}"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Agency_admin_cannot_touch_another_agencys_staff_or_grant_system_admin(string provider)
    {
        var app = apps.For(provider);
        var ids = await DemoIds.AgenciesAsync(StaffClient.Anonymous(app));
        var sysadmin = await StaffClient.SignInAsync(app, "sysadmin");
        var elsewhere = await OpenAsync(sysadmin, ids[Education], StaffRoleNames.Editor);
        var admin = await StaffClient.SignInAsync(app, "kgx.admin");

        var list = await admin.GetStringAsync("/staff/accounts");
        Assert.Contains("kgx.editor", list, StringComparison.Ordinal);
        Assert.DoesNotContain(elsewhere.UserName, list, StringComparison.Ordinal);
        Assert.DoesNotContain(">sysadmin<", list, StringComparison.Ordinal);
        using (var page = await admin.GetAsync($"/staff/accounts/{elsewhere.UserId}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        }

        // A form posted to another agency's account by hand (token from the admin's own page) is refused too.
        var token = StaffClient.TokenOf(await admin.GetStringAsync("/staff/accounts/new"));
        foreach (var handler in new[] { "Disable", "ResetPassword", "Roles" })
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["roles"] = StaffRoleNames.Approver });
            using var post = await admin.PostAsync($"/staff/accounts/{elsewhere.UserId}?handler={handler}", content);
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        using (var opening = await StaffClient.PostFormAsync(admin, "/staff/accounts/new", NewAccountFields(ids[Education], StaffRoleNames.Editor)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, opening.StatusCode);
            Assert.Contains("机关管理员只能为本机关开通账号", await opening.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var own = await OpenAsync(admin, ids[DemoDistrict.Bureau], StaffRoleNames.Editor);
        Assert.DoesNotContain("value=\"SystemAdmin\"", await admin.GetStringAsync($"/staff/accounts/{own.UserId}"), StringComparison.Ordinal);
        using (var grant = await PostHandlerAsync(admin, $"/staff/accounts/{own.UserId}", "Roles", new() { ["roles"] = StaffRoleNames.SystemAdmin }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, grant.StatusCode);
            Assert.Contains("只有系统管理员可以授予“系统管理员”角色", await grant.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var seen = await sysadmin.GetStringAsync($"/staff/accounts/{own.UserId}");
        Assert.Matches("<dt>角色</dt><dd>信息员</dd>", seen);
        Assert.Contains("value=\"SystemAdmin\"", seen, StringComparison.Ordinal);
        using (var editor = await (await StaffClient.SignInAsync(app, "kgx.editor")).GetAsync("/staff/accounts"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, editor.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Changing_ones_own_password_requires_the_current_one(string provider)
    {
        var app = apps.For(provider);
        var ids = await DemoIds.AgenciesAsync(StaffClient.Anonymous(app));
        var opened = await OpenAsync(await StaffClient.SignInAsync(app, "sysadmin"), ids[Education], StaffRoleNames.Editor);
        var client = await StaffClient.SignInAsync(app, opened.UserName, opened.Password);

        using (var wrong = await ChangePasswordAsync(client, "Wrong#Password99", "Chosen#Password26"))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("当前密码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var mismatch = await StaffClient.PostFormAsync(client, "/staff/account/password", new()
        {
            ["Input.CurrentPassword"] = opened.Password,
            ["Input.NewPassword"] = "Chosen#Password26",
            ["Input.ConfirmPassword"] = "Chosen#Password27",
        }))
        {
            Assert.Contains("两次输入的新密码不一致", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var right = await ChangePasswordAsync(client, opened.Password, "Chosen#Password26"))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        }

        using var old = await StaffClient.PostFormAsync(StaffClient.Anonymous(app), "/staff/login", new()
        {
            ["Input.UserName"] = opened.UserName,
            ["Input.Password"] = opened.Password,
        });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        await StaffClient.SignInAsync(app, opened.UserName, "Chosen#Password26");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reset_password_shows_a_new_one_time_password_and_ends_the_old_session(string provider)
    {
        var app = apps.For(provider);
        var ids = await DemoIds.AgenciesAsync(StaffClient.Anonymous(app));
        var admin = await StaffClient.SignInAsync(app, "kgx.admin");
        var opened = await OpenAsync(admin, ids[DemoDistrict.Bureau], StaffRoleNames.LegalReviewer);
        var owner = await StaffClient.SignInAsync(app, opened.UserName, opened.Password);

        using var reset = await PostHandlerAsync(admin, $"/staff/accounts/{opened.UserId}", "ResetPassword", []);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var password = IssuedPasswordOf(await reset.Content.ReadAsStringAsync());
        Assert.NotEqual(opened.Password, password);
        using (var stale = await owner.GetAsync("/staff/account/password"))
        {
            Assert.StartsWith("/staff/login", stale.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }

        var fresh = await StaffClient.SignInAsync(app, opened.UserName, password);
        using var home = await fresh.GetAsync("/staff");
        Assert.Equal("/staff/account/password", home.Headers.Location?.OriginalString);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_factor_enrolment_shows_a_QR_code_and_recovery_codes_that_sign_in_once(string provider)
    {
        var app = apps.For(provider);
        var ids = await DemoIds.AgenciesAsync(StaffClient.Anonymous(app));
        var opened = await OpenAsync(await StaffClient.SignInAsync(app, "sysadmin"), ids[Education], StaffRoleNames.Editor);
        var client = await StaffClient.SignInAsync(app, opened.UserName, opened.Password);
        (await ChangePasswordAsync(client, opened.Password, "Enrolled#Pass2026")).Dispose();

        var page = await client.GetStringAsync("/staff/account/2fa");
        var qr = Regex.Match(page, "id=\"authenticator-qr\" src=\"data:image/png;base64,([^\"]+)\"");
        Assert.True(qr.Success, "no QR code image");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], Convert.FromBase64String(WebUtility.HtmlDecode(qr.Groups[1].Value))[..4]);
        var key = Regex.Match(page, "id=\"authenticator-key\">([^<]+)<").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        using var enable = await StaffClient.PostFormAsync(client, "/staff/account/2fa",
            new() { ["Code"] = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp() });
        var enabled = await enable.Content.ReadAsStringAsync();
        var codes = RecoveryCodePattern().Matches(enabled).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Contains("两步验证已启用", enabled, StringComparison.Ordinal);
        // Shown once: the page does not show them again.
        Assert.DoesNotContain(codes[0], await client.GetStringAsync("/staff/account/2fa"), StringComparison.Ordinal);

        Assert.Equal("/staff", (await SecondStepAsync(app, opened.UserName, "Enrolled#Pass2026", codes[0])).Headers.Location?.OriginalString);
        using var reused = await SecondStepAsync(app, opened.UserName, "Enrolled#Pass2026", codes[0]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("恢复码不正确或已使用过", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("id=\"recovery-codes-left\">9<", await client.GetStringAsync("/staff/account/2fa"), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SecondStepAsync(OgiWebFactory<Program> app, string userName, string password, string code)
    {
        var client = StaffClient.Anonymous(app);
        using var first = await StaffClient.PostFormAsync(client, "/staff/login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        Assert.StartsWith("/staff/login/2fa", first.Headers.Location?.OriginalString, StringComparison.Ordinal);
        return await StaffClient.PostFormAsync(client, "/staff/login/2fa", new() { ["Code"] = code });
    }

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current, string chosen) =>
        StaffClient.PostFormAsync(client, "/staff/account/password", new()
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = chosen,
            ["Input.ConfirmPassword"] = chosen,
        });

    private static async Task<Opened> OpenAsync(HttpClient admin, int agencyId, params string[] roles)
    {
        var fields = NewAccountFields(agencyId, roles);
        using var response = await StaffClient.PostFormAsync(admin, "/staff/accounts/new", fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"opening gave {(int)response.StatusCode}");
        var userId = Regex.Match(html, "href=\"/staff/accounts/([0-9a-f-]{36})\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(userId), "no account link in: " + html);
        return new Opened(userId, fields["Input.UserName"], IssuedPasswordOf(html));
    }

    private static Dictionary<string, string> NewAccountFields(int agencyId, params string[] roles)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.UserName"] = $"acct.{Guid.NewGuid():N}"[..20],
            ["Input.DisplayName"] = "测试人员",
            ["Input.AgencyId"] = agencyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < roles.Length; i++)
        {
            fields[$"Input.Roles[{i}]"] = roles[i];
        }

        return fields;
    }

    private static string IssuedPasswordOf(string html)
    {
        var match = Regex.Match(html, "id=\"issued-password\">([^<]+)<");
        Assert.True(match.Success, "no one-time password shown");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>GETs the page for its anti-forgery token and posts to one of its handlers, as its form does.</summary>
    private static async Task<HttpResponseMessage> PostHandlerAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        // The page's own form for this handler carries its token (the header's sign-out form has one as well).
        var form = Regex.Match(html, $"<form method=\"post\" action=\"[^\"]*\\?handler={handler}\">(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        Assert.True(form.Success, $"no form for {handler}");
        fields["__RequestVerificationToken"] = StaffClient.TokenOf(form.Groups[1].Value);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync($"{page}?handler={handler}", content);
    }

    [GeneratedRegex("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCodePattern();

    private sealed record Opened(string UserId, string UserName, string Password);
}
