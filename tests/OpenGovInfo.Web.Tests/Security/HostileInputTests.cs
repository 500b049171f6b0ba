using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Security;

/// <summary>Every form against scripts, oversized fields, bad credit codes and missing antiforgery tokens.</summary>
[Collection(WebCollection.Name)]
public sealed class HostileInputTests(WebApps apps)
{
    private const string Script = "<script>alert('xss')</script>";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Scripts_in_the_guide_are_removed_and_in_the_name_are_escaped(string provider)
    {
        var app = apps.For(provider);
        var admin = await StaffClient.SignInAsync(app, "sysadmin");
        var id = (await DemoIds.AgenciesAsync(admin))["平桥区明港镇人民政府"];
        using var guide = await StaffClient.PostFormAsync(admin, $"/staff/agencies/{id}/guide", new()
        {
            ["Input.GuideHtml"] = $"<p onmouseover=\"alert(1)\">明港镇指南</p>{Script}<img src=x onerror=alert(2)>",
            ["Input.RulesHtml"] = "<a href=\"javascript:alert(3)\">制度</a>",
        });
        Assert.Equal(HttpStatusCode.Redirect, guide.StatusCode);
        using var profile = await StaffClient.PostFormAsync(admin, $"/staff/agencies/{id}/profile", new()
        {
            ["Input.Name"] = $"明港镇{Script}",
            ["Input.CreditCode"] = "114115030050560767",
        });
        Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);

        var page = await StaffClient.Anonymous(app).GetStringAsync($"/agencies/{id}");
        Assert.Contains("明港镇指南", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onmouseover", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("明港镇&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", await StaffClient.Anonymous(app).GetStringAsync("/"), StringComparison.OrdinalIgnoreCase);

        using var restore = await StaffClient.PostFormAsync(admin, $"/staff/agencies/{id}/profile", new()
        {
            ["Input.Name"] = "平桥区明港镇人民政府",
            ["Input.CreditCode"] = "114115030050560767",
        });
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Oversized_fields_are_refused_with_a_Chinese_message(string provider)
    {
        var app = apps.For(provider);
        var admin = await StaffClient.SignInAsync(app, "kgx.admin");
        var id = (await DemoIds.AgenciesAsync(admin))[DemoDistrict.Bureau];
        using var guide = await StaffClient.PostFormAsync(admin, $"/staff/agencies/{id}/guide", new()
        {
            ["Input.GuideHtml"] = new string('公', 20_001),
            ["Input.RulesHtml"] = "<p>制度</p>",
        });
        Assert.Equal(HttpStatusCode.OK, guide.StatusCode);
        Assert.Contains("公开指南不能超过 20000 个字符", await guide.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var name = await StaffClient.PostFormAsync(admin, $"/staff/agencies/{id}/profile", new()
        {
            ["Input.Name"] = new string('局', 101),
            ["Input.CreditCode"] = "11411503005056032N",
        });
        Assert.Contains("机关名称不能超过 100 个字符", await name.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var login = await StaffClient.PostFormAsync(StaffClient.Anonymous(app), "/staff/login", new()
        {
            ["Input.UserName"] = new string('a', 65),
            ["Input.Password"] = "x",
        });
        Assert.Contains("用户名不能超过 64 个字符", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("11411503005056032P", "校验位不正确")]
    [InlineData("1141150300505603", "应为 18 位")]
    [InlineData("1141150300505603IN", "不含 I")]
    public async Task Invalid_credit_codes_are_refused(string code, string message)
    {
        var app = apps.For("Sqlite");
        var admin = await StaffClient.SignInAsync(app, "kgx.admin");
        var id = (await DemoIds.AgenciesAsync(admin))[DemoDistrict.Bureau];
        using var response = await StaffClient.PostFormAsync(admin, $"/staff/agencies/{id}/profile", new()
        {
            ["Input.Name"] = DemoDistrict.Bureau,
            ["Input.CreditCode"] = code,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await StaffClient.Anonymous(app).GetStringAsync($"/agencies/{id}");
        Assert.Contains("11411503005056032N", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_refuses_a_POST_without_antiforgery_token_with_400()
    {
        var app = apps.For("Sqlite");
        var admin = await StaffClient.SignInAsync(app, "sysadmin");
        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => (e.RoutePattern.RawText ?? string.Empty).TrimStart('/').ToLowerInvariant())
            .Where(r => !r.StartsWith("error", StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.Contains("staff/login", pages);
        foreach (var route in pages)
        {
            var url = Staff.AuthorizationMatrixTests.Url(route.Replace("{id:int}", "1", StringComparison.Ordinal), 1);
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Name"] = "x" });
            using var response = await admin.PostAsync(url, content);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {url} without token gave {(int)response.StatusCode}");
            Assert.Contains("请求无效", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Another_agencys_back_office_is_a_Chinese_403()
    {
        var app = apps.For("Sqlite");
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var other = (await DemoIds.AgenciesAsync(editor))["平桥区教育局"];
        using var response = await editor.GetAsync($"/staff/agencies/{other}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
