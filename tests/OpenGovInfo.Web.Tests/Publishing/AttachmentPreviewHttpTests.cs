using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;
using static OpenGovInfo.Web.Tests.Publishing.ItemClient;

namespace OpenGovInfo.Web.Tests.Publishing;

/// <summary>
/// Reviewers open an item's attachments before publication (保密审查 of the files): the agency's workflow staff and
/// 政务公开办 may; 机关管理员, other agencies and anonymous visitors may not. PDF and images preview inline under a
/// sandboxing CSP; other types download; the public URL still serves nothing before publication.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class AttachmentPreviewHttpTests(WebApps apps)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reviewers_preview_a_pdf_under_review_with_safe_headers(string provider)
    {
        var (app, agencyId, itemId, url) = await ItemUnderReviewAsync(provider, "送审稿.pdf", Pdf, "application/pdf");
        var secrecy = await StaffClient.SignInAsync(app, "kgx.secrecy");

        using var preview = await secrecy.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("application/pdf", preview.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", preview.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("送审稿.pdf", preview.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", preview.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = preview.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("sandbox;", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("no-store", preview.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(Pdf, await preview.Content.ReadAsByteArrayAsync());

        using var download = await secrecy.GetAsync(url + "?download=true");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);

        // The item page links both, and the public URL still refuses the unpublished file.
        var page = await secrecy.GetStringAsync($"/staff/agencies/{agencyId}/items/{itemId}");
        Assert.Contains($"href=\"{url}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{url}?download=true\"", page, StringComparison.Ordinal);
        var storage = await StorageNameAsync(app, agencyId, itemId);
        using var anonymousPublic = await StaffClient.Anonymous(app).GetAsync($"/attachments/{storage}");
        Assert.Equal(HttpStatusCode.NotFound, anonymousPublic.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Who_may_open_an_unpublished_attachment(string provider)
    {
        var (app, agencyId, itemId, url) = await ItemUnderReviewAsync(provider, "附表.pdf", Pdf, "application/pdf");
        var other = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app))).Values.First(id => id != agencyId);

        foreach (var (user, expected) in new[]
        {
            ("kgx.editor", HttpStatusCode.OK), ("kgx.secrecy", HttpStatusCode.OK), ("kgx.legal", HttpStatusCode.OK),
            ("kgx.approver", HttpStatusCode.OK), ("gkb.supervisor", HttpStatusCode.OK), ("kgx.admin", HttpStatusCode.Forbidden),
        })
        {
            using var response = await (await StaffClient.SignInAsync(app, user)).GetAsync(url);
            Assert.Equal((user, expected), (user, response.StatusCode));
        }

        // Another agency in the route: refused by the policy; this agency's id with another agency's item: not found.
        var secrecy = await StaffClient.SignInAsync(app, "kgx.secrecy");
        using (var response = await secrecy.GetAsync(url.Replace($"/agencies/{agencyId}/", $"/agencies/{other}/", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using (var response = await (await StaffClient.SignInAsync(app, "gkb.supervisor")).GetAsync(
            url.Replace($"/agencies/{agencyId}/", $"/agencies/{other}/", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using var anonymous = await StaffClient.Anonymous(app).GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/staff/login?", anonymous.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_office_document_is_always_a_download(string provider)
    {
        var docx = OpenGovInfo.Testing.Builders.WordDocuments.Paragraphs("正文");
        var (app, _, _, url) = await ItemUnderReviewAsync(provider, "说明.docx", docx,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        using var response = await (await StaffClient.SignInAsync(app, "kgx.legal")).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(OgiWebFactory<Program> App, int AgencyId, int ItemId, string Url)> ItemUnderReviewAsync(
        string provider, string fileName, byte[] bytes, string contentType)
    {
        var app = apps.For(provider);
        var agencyId = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var itemId = await DraftAsync(editor, agencyId, $"附件预览测试{provider}{Guid.NewGuid():N}", "work_updates", "<p>送审。</p>");
        using (var upload = await UploadAsync(editor, agencyId, itemId, fileName, bytes, contentType))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        await ActOkAsync(editor, agencyId, itemId, "Submit");
        var page = await editor.GetStringAsync($"/staff/agencies/{agencyId}/items/{itemId}");
        var url = AttachmentLink().Match(page).Groups[1].Value;
        Assert.StartsWith($"/staff/agencies/{agencyId}/items/{itemId}/attachments/", url, StringComparison.Ordinal);
        return (app, agencyId, itemId, url);
    }

    private static async Task<string> StorageNameAsync(OgiWebFactory<Program> app, int agencyId, int itemId)
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services);
        var item = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<OpenGovInfo.Platform.Publishing.GetItem>(scope.ServiceProvider).ForStaffAsync(agencyId, itemId);
        return item.Value.Attachments.Single().StorageName;
    }

    [GeneratedRegex(@"href=""(/staff/agencies/\d+/items/\d+/attachments/\d+)(?:\?download=true)?""")]
    private static partial Regex AttachmentLink();
}
