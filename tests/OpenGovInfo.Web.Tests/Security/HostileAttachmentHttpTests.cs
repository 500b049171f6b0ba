using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;
using static OpenGovInfo.Web.Tests.Publishing.ItemClient;

namespace OpenGovInfo.Web.Tests.Security;

/// <summary>
/// Hostile files through the real attachment form (signed-in 信息员, antiforgery token): each is refused with a Chinese
/// message on the form (never a 500) and no attachment row or content reaches the database.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class HostileAttachmentHttpTests(WebApps apps)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    /// <summary>Provider × hostile file.</summary>
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { "Sqlite", "PostgreSql" })
        {
            foreach (var name in new[] { "zip-bomb-docx", "exe-as-pdf", "oversized", "traversal", "traversal-backslash" })
            {
                data.Add(provider, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_upload_is_refused_in_Chinese_and_nothing_is_stored(string provider, string hostile)
    {
        var (fileName, bytes, contentType, message) = File(hostile);
        var app = apps.For(provider);
        var agencyId = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var id = await DraftAsync(editor, agencyId, $"恶意附件测试{hostile}", "other", "<p>正文</p>");
        var before = await StoredAsync(app, id);

        using var response = await UploadAsync(editor, agencyId, id, fileName, bytes, contentType);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("form-errors", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(app, id));
        Assert.Equal(0, before.ItemRows);

        // The same item and form take a genuine PDF, so the zero above is the refusal's doing.
        using var genuine = await UploadAsync(editor, agencyId, id, "正文.pdf", Pdf);
        Assert.Equal(HttpStatusCode.Redirect, genuine.StatusCode);
        Assert.Equal((1, before.AllContents + 1), await StoredAsync(app, id));
    }

    private static (string FileName, byte[] Bytes, string ContentType, string Message) File(string hostile) => hostile switch
    {
        // 40 MiB of zeros in word/document.xml: about 40 KiB on the wire, a 1000:1 ratio.
        "zip-bomb-docx" => ("年度工作总结.docx", ZerosDocx(40L * 1024 * 1024),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "疑似压缩炸弹"),
        "exe-as-pdf" => ("通知全文.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, .. new byte[1024]], "application/pdf", "可执行程序"),
        // One byte over the 20 MB file limit, still inside the page's request limit: the inspector, not Kestrel, refuses it.
        "oversized" => ("大文件.pdf", [.. Pdf, .. new byte[AddAttachment.MaxBytes + 1 - Pdf.Length]], "application/pdf", "文件超过大小上限"),
        "traversal" => ("../../../etc/cron.d/通知.pdf", Pdf, "application/pdf", "路径跳转"),
        _ => (@"..\..\Windows\System32\通知.pdf", Pdf, "application/pdf", "路径跳转"),
    };

    /// <summary>Attachment rows of the item, and stored contents of every item (the collection's tests run one at a time).</summary>
    private static async Task<(int ItemRows, int AllContents)> StoredAsync(OgiWebFactory<Program> app, int itemId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>();
        return (await db.ItemAttachments.CountAsync(a => a.ItemId == itemId), await db.Set<ItemAttachmentContent>().CountAsync());
    }

    private static byte[] ZerosDocx(long zeros)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open())
            {
                types.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"u8);
            }

            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            var block = new byte[1024 * 1024];
            for (long written = 0; written < zeros; written += block.Length)
            {
                part.Write(block, 0, (int)Math.Min(block.Length, zeros - written));
            }
        }

        return stream.ToArray();
    }
}
