using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Staff;

/// <summary>Two nodes on one PostgreSQL database: a cookie issued by one is honoured by the other (keys in the DB).</summary>
[Collection(WebCollection.Name)]
public sealed class StatelessNodesTests(WebApps apps)
{
    [Fact]
    public async Task A_sign_in_on_one_node_is_recognised_by_a_second_node()
    {
        var first = apps.For("PostgreSql");
        await using var second = new OgiWebFactory<Program>(first.Database);
        var cookie = await SignInCookieAsync(first, "kgx.editor");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/staff");
        request.Headers.Add("Cookie", cookie);
        using var response = await StaffClient.Anonymous(second).SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/agencies/", response.Headers.Location?.OriginalString, StringComparison.Ordinal);

        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>();
        Assert.True(await db.DataProtectionKeys.AnyAsync(), "the key ring is not in the database");
    }

    /// <summary>Signs in without a cookie container and returns the Cookie header value of the staff cookie.</summary>
    private static async Task<string> SignInCookieAsync(OgiWebFactory<Program> app, string userName)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var form = await client.GetAsync("/staff/login");
        var antiforgery = CookiePairs(form);
        var token = StaffClient.TokenOf(await form.Content.ReadAsStringAsync());
        using var post = new HttpRequestMessage(HttpMethod.Post, "/staff/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = userName,
                ["Input.Password"] = OgiWebFactory<Program>.DemoPassword,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        using var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var staff = CookiePairs(signedIn);
        Assert.Contains("ogi.staff=", staff, StringComparison.Ordinal);
        return staff;
    }

    private static string CookiePairs(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
}
