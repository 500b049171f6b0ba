using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Web.Tests.Infrastructure;

/// <summary>An HTTP client with cookies that signs in through the real form (antiforgery token included).</summary>
public static partial class StaffClient
{
    /// <summary>A client that does not follow redirects, so tests see 302/403 as they are.</summary>
    public static HttpClient Anonymous(OgiWebFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in as <paramref name="userName"/> and returns the client.</summary>
    public static async Task<HttpClient> SignInAsync(OgiWebFactory<Program> app, string userName, string password = OgiWebFactory<Program>.DemoPassword)
    {
        var client = Anonymous(app);
        using var response = await PostFormAsync(client, "/staff/login", new()
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {userName} gave {(int)response.StatusCode}");
        return client;
    }

    /// <summary>GETs <paramref name="path"/>, reads its antiforgery token and POSTs <paramref name="fields"/> with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = TokenOf(page);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(path, content);
    }

    /// <summary>The antiforgery token in a rendered form.</summary>
    public static string TokenOf(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "no antiforgery token in the form");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
