using System.Net;
using System.Text;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Builders;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;
using static OpenGovInfo.Web.Tests.Publishing.ItemClient;

namespace OpenGovInfo.Web.Tests.Publishing;

/// <summary>
/// 导入正文 on the item form: a real Word file (heading, emphasis, list, table) becomes the body in the form, unsaved,
/// with everything else typed kept; saving stores the sanitised HTML. A bad file leaves the form as typed with a
/// Chinese reason, and the stored item unchanged.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DocxImportHttpTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_word_file_fills_the_body_keeps_the_typed_fields_and_saves(string provider)
    {
        var (editor, agencyId, itemId) = await DraftAsync(provider);
        var path = $"/staff/agencies/{agencyId}/items/{itemId}/edit";

        using var imported = await PostAsync(editor, path, "修改后的标题（导入）", "<p>旧正文</p>", "通知.docx", WordDocuments.Notice());
        var page = await imported.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("已从“通知.docx”导入正文，尚未保存", page, StringComparison.Ordinal);
        Assert.Contains("value=\"修改后的标题（导入）\"", page, StringComparison.Ordinal);
        Assert.Contains("&lt;h3&gt;一、工作要点&lt;/h3&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;td rowspan=&quot;2&quot;&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("旧正文", page, StringComparison.Ordinal);
        // Not saved yet.
        Assert.Contains("<p>送审前的正文</p>", await editor.GetStringAsync($"/staff/agencies/{agencyId}/items/{itemId}"), StringComparison.Ordinal);

        var body = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "<textarea id=\"Form_BodyHtml\"[^>]*>([^<]*)</textarea>").Groups[1].Value);
        using var saved = await StaffClient.PostFormAsync(editor, path, Fields("修改后的标题（导入）", body));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = await editor.GetStringAsync($"/staff/agencies/{agencyId}/items/{itemId}");
        Assert.Contains("<h3>一、工作要点</h3>", details, StringComparison.Ordinal);
        Assert.Contains("<strong>政务公开</strong>", details, StringComparison.Ordinal);
        Assert.Contains("<ol><li>第一项</li><li>第二项</li></ol>", details, StringComparison.Ordinal);
        Assert.Contains("<td colspan=\"2\"><p>办公室</p></td>", details, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_file_is_refused_in_chinese_and_nothing_typed_is_lost(string provider)
    {
        var (editor, agencyId, itemId) = await DraftAsync(provider);
        var path = $"/staff/agencies/{agencyId}/items/{itemId}/edit";
        var cases = new (string Name, byte[] Bytes, string Message)[]
        {
            ("扫描件.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"), "只能从 Word 文档（.docx）导入正文"),
            ("损坏.docx", Encoding.ASCII.GetBytes("PK\u0003\u0004broken"), "损坏"),
            ("宏.exe", [0x4D, 0x5A, 0x90, 0x00], "不"),
            ("炸弹.docx", ZipBomb(), "压缩"),
        };
        foreach (var (name, bytes, message) in cases)
        {
            using var response = await PostAsync(editor, path, "正在修改的标题", "<p>正在输入的正文，尚未保存</p>", name, bytes);
            var page = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode}");
            Assert.Contains("class=\"form-errors\"", page, StringComparison.Ordinal);
            Assert.Contains(message, System.Text.RegularExpressions.Regex.Match(page, "<div class=\"form-errors\"[\\s\\S]*?</div>").Value, StringComparison.Ordinal);
            Assert.Contains("value=\"正在修改的标题\"", page, StringComparison.Ordinal);
            Assert.Contains("&lt;p&gt;正在输入的正文，尚未保存&lt;/p&gt;", page, StringComparison.Ordinal);
        }

        using (var none = await StaffClient.PostFormAsync(editor, path, new(Fields("标题", "<p>正文</p>")) { ["import"] = "docx" }))
        {
            Assert.Contains("请先选择要导入的 Word 文件", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var details = await editor.GetStringAsync($"/staff/agencies/{agencyId}/items/{itemId}");
        Assert.Contains("<p>送审前的正文</p>", details, StringComparison.Ordinal);
        Assert.DoesNotContain("正在修改的标题", details, StringComparison.Ordinal);
    }

    private async Task<(HttpClient Editor, int AgencyId, int ItemId)> DraftAsync(string provider)
    {
        var app = apps.For(provider);
        var agencyId = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var itemId = await ItemClient.DraftAsync(editor, agencyId, $"导入测试{provider}{Guid.NewGuid():N}", "work_updates", "<p>送审前的正文</p>");
        return (editor, agencyId, itemId);
    }

    private static Dictionary<string, string> Fields(string title, string body) => new()
    {
        ["Form.Title"] = title,
        ["Form.CategoryCode"] = "work_updates",
        ["Form.BodyHtml"] = body,
        ["Form.FormedOn"] = "2026-01-05",
        ["Form.Validity"] = "Valid",
        ["Form.Portal"] = "true",
    };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string title, string body, string fileName, byte[] bytes)
    {
        var token = StaffClient.TokenOf(await client.GetStringAsync(path));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, value) in Fields(title, body))
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new StringContent("docx"), "import");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "BodyDocx", fileName);
        return await client.PostAsync(path, form);
    }

    // A docx whose one part unpacks to 150 MB of zeros: the inspector's ratio limit must refuse it before conversion.
    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            }

            using var part = zip.CreateEntry("word/document.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 150; i++)
            {
                part.Write(zeros);
            }
        }

        return stream.ToArray();
    }
}
