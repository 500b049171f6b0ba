using System.Net;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Security;

/// <summary>
/// Found by the reliability suite's hostile corpus: a POST with a valid anti-forgery token to a page without a POST
/// handler rendered the page with an empty model and answered 500. It is 405 (Chinese page) now.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PostToReadOnlyPageTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_post_to_a_page_without_a_post_handler_is_405_not_500(string provider)
    {
        var app = apps.For(provider);
        var admin = await StaffClient.SignInAsync(app, "sysadmin");
        var agencyId = (await DemoIds.AgenciesAsync(admin)).Values.First();
        foreach (var path in new[] { $"/agencies/{agencyId}", $"/agencies/{agencyId}/registers", "/staff/accounts/00000000-0000-0000-0000-000000000000" })
        {
            var token = StaffClient.TokenOf(await admin.GetStringAsync("/staff/account/password"));
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["x"] = "1" });
            using var response = await admin.PostAsync(path, content);
            Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"POST {path}: {(int)response.StatusCode}");
            Assert.Contains("请求方式不被允许", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
