using System.Net;

namespace OpenGovInfo.Web.Tests.Browser;

/// <summary>Kestrel's body limit (only a real server enforces it) gives a Chinese 413, not a 500.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RequestLimitTests(BrowserApp app)
{
    [Fact]
    public async Task An_oversized_form_is_refused_with_413_in_Chinese()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        using var content = new StringContent("Input.UserName=" + new string('a', 2_000_000), System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync("/staff/login", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}: {body}");
        Assert.Contains("提交内容过大", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_within_the_limit_is_processed()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        using var content = new StringContent("Input.UserName=" + new string('a', 100_000), System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync("/staff/login", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode); // no antiforgery token: refused by the form, not by the limit
    }
}
