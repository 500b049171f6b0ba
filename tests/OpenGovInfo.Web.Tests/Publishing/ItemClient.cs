using System.Net;
using System.Text.RegularExpressions;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Publishing;

/// <summary>Drives the staff item pages through their real forms (antiforgery included).</summary>
internal static partial class ItemClient
{
    public static async Task<int> DraftAsync(HttpClient editor, int agencyId, string title, string category, string body,
        string? documentNumber = null)
    {
        using var response = await StaffClient.PostFormAsync(editor, $"/staff/agencies/{agencyId}/items/new", new()
        {
            ["Form.Title"] = title,
            ["Form.CategoryCode"] = category,
            ["Form.BodyHtml"] = body,
            ["Form.DocumentNumber"] = documentNumber ?? string.Empty,
            ["Form.FormedOn"] = "2026-01-05",
            ["Form.Validity"] = "Valid",
            ["Form.Portal"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(ItemIdPattern().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient editor, int agencyId, int itemId, string fileName, byte[] bytes,
        string contentType = "application/pdf")
    {
        var path = $"/staff/agencies/{agencyId}/items/{itemId}/attachments";
        var token = StaffClient.TokenOf(await editor.GetStringAsync(path));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, "Upload", fileName);
        return await editor.PostAsync(path, form);
    }

    /// <summary>Presses an action button; returns the response (302 on success, 200 with the error otherwise).</summary>
    public static Task<HttpResponseMessage> ActAsync(HttpClient client, int agencyId, int itemId, string action, string comment = "") =>
        StaffClient.PostFormAsync(client, $"/staff/agencies/{agencyId}/items/{itemId}", new()
        {
            ["action"] = action,
            ["Comment"] = comment,
        });

    public static async Task ActOkAsync(HttpClient client, int agencyId, int itemId, string action)
    {
        using var response = await ActAsync(client, agencyId, itemId, action);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex(@"/items/(\d+)$")]
    private static partial Regex ItemIdPattern();
}
