using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Reliability.Infrastructure;

/// <summary>A staff member signed in over real HTTP (cookie container), pressing buttons through the real forms.</summary>
public sealed partial class StaffSession(HttpClient client)
{
    private static int _documents;

    /// <summary>The signed-in client.</summary>
    public HttpClient Client => client;

    /// <summary>Signs in through /staff/login with the demo password.</summary>
    public static async Task<StaffSession> SignInAsync(HttpClient client, string userName)
    {
        var session = new StaffSession(client);
        using var response = await session.PostFormAsync("/staff/login", new()
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = OgiWebFactory<Program>.DemoPassword,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {userName} gave {(int)response.StatusCode}");
        return session;
    }

    /// <summary>GETs the form, then POSTs <paramref name="fields"/> with its antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, CancellationToken cancellationToken = default)
    {
        var page = await client.GetStringAsync(path, cancellationToken);
        fields["__RequestVerificationToken"] = TokenOf(page);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(path, content, cancellationToken);
    }

    /// <summary>Creates a draft item; returns its id, or null when the app did not acknowledge it.</summary>
    public async Task<int?> DraftAsync(int agencyId, string title, CancellationToken cancellationToken = default)
    {
        using var response = await PostFormAsync($"/staff/agencies/{agencyId}/items/new", new()
        {
            ["Form.Title"] = title,
            // A normative document: its chain has every review step (保密审查, 合法性审查, 批准).
            ["Form.CategoryCode"] = "normative_documents",
            ["Form.BodyHtml"] = "<p>可靠性测试正文。</p>",
            ["Form.DocumentNumber"] = $"平科工信〔2026〕{Interlocked.Increment(ref _documents)}号",
            ["Form.FormedOn"] = "2026-01-05",
            ["Form.Validity"] = "Valid",
            ["Form.Portal"] = "true",
        }, cancellationToken);
        var match = ItemIdPattern().Match(response.Headers.Location?.OriginalString ?? string.Empty);
        return response.StatusCode == HttpStatusCode.Redirect && match.Success
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>Presses a review button (Submit, PassConfidentialityReview, PassLegalReview, Approve); true when acknowledged.</summary>
    public async Task<bool> ActAsync(int agencyId, int itemId, string action, CancellationToken cancellationToken = default) =>
        await RefusalAsync(agencyId, itemId, action, cancellationToken) is null;

    /// <summary>Presses a review button; null when acknowledged, else the status and the page's error text.</summary>
    public async Task<string?> RefusalAsync(int agencyId, int itemId, string action, CancellationToken cancellationToken = default)
    {
        using var response = await PostFormAsync($"/staff/agencies/{agencyId}/items/{itemId}", new()
        {
            ["action"] = action,
            ["Comment"] = string.Empty,
        }, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return null;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var errors = ErrorsPattern().Match(body);
        return $"{action} on item {itemId}: {(int)response.StatusCode} {(errors.Success ? errors.Value : body[..Math.Min(body.Length, 300)])}";
    }

    [GeneratedRegex(@"<[^>]*(?:form-errors|validation-summary|alert)[^>]*>[\s\S]{0,400}")]
    private static partial Regex ErrorsPattern();

    /// <summary>The antiforgery token of a rendered form.</summary>
    public static string TokenOf(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "no antiforgery token in the form");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"/items/(\d+)$")]
    private static partial Regex ItemIdPattern();
}
