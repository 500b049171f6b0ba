using System.Net;
using System.Text;
using System.Text.Json;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;
using static OpenGovInfo.Web.Tests.Publishing.ItemClient;

namespace OpenGovInfo.Web.Tests.Publishing;

/// <summary>The review workflow through the staff pages, then the portal, feed, search and API, on both providers.</summary>
[Collection(WebCollection.Name)]
public sealed class PublishingHttpTests(WebApps apps)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_normative_document_with_an_attachment_is_reviewed_published_and_found(string provider)
    {
        var app = apps.For(provider);
        var anonymous = StaffClient.Anonymous(app);
        var agencyId = (await DemoIds.AgenciesAsync(anonymous))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var title = $"关于做好科技型企业政务公开服务的通知{provider}";
        var id = await DraftAsync(editor, agencyId, title, "normative_documents",
            "<p>各有关单位：现就政务公开服务有关事项通知如下。</p><script>alert(1)</script>", "平科工信〔2026〕1号");
        using (var upload = await UploadAsync(editor, agencyId, id, "通知全文.pdf", Pdf))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        await ActOkAsync(editor, agencyId, id, "Submit");
        using (var own = await ActAsync(editor, agencyId, id, "PassConfidentialityReview"))
        {
            Assert.Contains("保密审查员", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await ActOkAsync(await StaffClient.SignInAsync(app, "kgx.secrecy"), agencyId, id, "PassConfidentialityReview");
        await ActOkAsync(await StaffClient.SignInAsync(app, "kgx.legal"), agencyId, id, "PassLegalReview");
        await ActOkAsync(await StaffClient.SignInAsync(app, "kgx.approver"), agencyId, id, "Approve");

        var year = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;
        var page = await anonymous.GetStringAsync($"/items/{id}");
        Assert.Contains($"11411503005056032N/{year}-", page, StringComparison.Ordinal);
        Assert.Contains("平科工信〔2026〕1号", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/attachments/[^\"]+)\"").Groups[1].Value;
        using var download = await anonymous.GetAsync(link);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        Assert.Contains(title, await anonymous.GetStringAsync("/feed.atom"), StringComparison.Ordinal);
        Assert.Contains($"/items/{id}", await anonymous.GetStringAsync("/sitemaps/items-1.xml"), StringComparison.Ordinal);
        var search = await anonymous.GetStringAsync($"/search?q={Uri.EscapeDataString("公开")}&agency={agencyId}&category=normative_documents&year={year}");
        Assert.Contains($"/items/{id}", search, StringComparison.Ordinal);
        Assert.Contains("<mark>公开</mark>", search, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/items?agency={agencyId}&year={year}&category=normative_documents&page=1&pageSize=5"));
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= 1);
        var first = json.RootElement.GetProperty("items").EnumerateArray().First(i => i.GetProperty("id").GetInt32() == id);
        Assert.Equal("行政规范性文件", first.GetProperty("category").GetString());
        Assert.StartsWith($"11411503005056032N/{year}-", first.GetProperty("indexNumber").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-01-05", first.GetProperty("formedOn").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_returned_item_shows_the_comment_to_the_editor_and_stays_off_the_portal(string provider)
    {
        var app = apps.For(provider);
        var agencyId = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var id = await DraftAsync(editor, agencyId, "退回测试", "work_updates", "<p>正文</p>");
        await ActOkAsync(editor, agencyId, id, "Submit");
        var secrecy = await StaffClient.SignInAsync(app, "kgx.secrecy");
        using (var noComment = await ActAsync(secrecy, agencyId, id, "Return"))
        {
            Assert.Contains("退回必须填写意见", await noComment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var returned = await ActAsync(secrecy, agencyId, id, "Return", "请删除第三段的内部联系方式"))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        var editorView = await editor.GetStringAsync($"/staff/agencies/{agencyId}/items/{id}");
        Assert.Contains("请删除第三段的内部联系方式", editorView, StringComparison.Ordinal);
        Assert.Contains("已退回", editorView, StringComparison.Ordinal);
        using var portal = await StaffClient.Anonymous(app).GetAsync($"/items/{id}");
        Assert.Equal(HttpStatusCode.NotFound, portal.StatusCode);
    }

    [Theory]
    [InlineData("通知.pdf", "MZ", "可执行")]
    [InlineData("../../../etc/passwd.pdf", "%PDF", "路径")]
    public async Task Hostile_attachments_are_refused_with_a_clear_message(string fileName, string start, string message)
    {
        var app = apps.For("Sqlite");
        var agencyId = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var id = await DraftAsync(editor, agencyId, "附件测试", "other", "<p>正文</p>");
        var bytes = start == "MZ" ? [0x4D, 0x5A, 0x90, 0x00, .. new byte[512]] : Pdf;
        using var response = await UploadAsync(editor, agencyId, id, fileName, bytes);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("form-errors", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_items_endpoint_is_in_the_OpenAPI_document_and_pages_the_demo_items()
    {
        var client = StaffClient.Anonymous(apps.For("Sqlite"));
        using var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = openApi.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/items", paths);
        var agencyId = (await DemoIds.AgenciesAsync(client))[DemoDistrict.Bureau];
        using var page = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/items?agency={agencyId}&year=2023&category={Uri.EscapeDataString("工作动态")}&page=2&pageSize=10"));
        Assert.Equal(15, page.RootElement.GetProperty("total").GetInt32());
        var items = page.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        Assert.All(items, i => Assert.Equal("工作动态", i.GetProperty("category").GetString()));
        Assert.Equal(["id", "agencyId", "title", "category", "categoryCode", "topic", "indexNumber", "issuingAgency", "formedOn", "publishedOn"],
            items[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task An_oversized_upload_is_refused_before_it_is_read()
    {
        var app = apps.For("Sqlite");
        var agencyId = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var id = await DraftAsync(editor, agencyId, "大附件测试", "other", "<p>正文</p>");
        using var response = await UploadAsync(editor, agencyId, id, "大文件.pdf", new byte[21 * 1024 * 1024]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
