using System.Text;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;
using static OpenGovInfo.Platform.Tests.Publishing.PublishingFixture;

namespace OpenGovInfo.Platform.Tests.Publishing;

/// <summary>Attachments are sniffed, stored in the database and served only while the item is public.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class AttachmentStoreTests(PostgresServer postgres)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_executable_renamed_pdf_and_a_traversal_name_are_refused_a_real_pdf_is_served_after_publication(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var id = await DraftAsync(host, agencyId, Input("附件测试"));
        var exe = await AttachAsync(host, agencyId, id, "通知.pdf", [0x4D, 0x5A, 0x90, 0x00, .. new byte[200]]);
        Assert.Equal("attachment_refused", Assert.Single(exe.Errors).Code);
        var traversal = await AttachAsync(host, agencyId, id, "../../etc/passwd", Pdf);
        Assert.False(traversal.IsSuccess);

        var ok = await AttachAsync(host, agencyId, id, "通知.pdf", Pdf);
        Assert.True(ok.IsSuccess, string.Join(" ", ok.Errors.Select(e => e.Message)));
        Assert.NotEqual("通知.pdf", ok.Value.StorageName);
        Assert.Null(await host.RunAsync<GetAttachment, AttachmentDownload?>(q => q.PublicAsync(ok.Value.StorageName)));

        await PublishAsync(host, agencyId, id, legal: false);
        var served = await host.RunAsync<GetAttachment, AttachmentDownload?>(q => q.PublicAsync(ok.Value.StorageName));
        Assert.Equal(Pdf, served!.Bytes);
        Assert.Equal("application/pdf", served.ContentType);
        Assert.Equal("通知.pdf", served.DisplayName);
    }

    private static Task<Result<AttachmentInfo>> AttachAsync(PlatformHost host, int agencyId, int itemId, string name, byte[] bytes) =>
        host.RunAsync<AddAttachment, Result<AttachmentInfo>>(u => u.RunAsync(agencyId, itemId, Editor, name, null, new MemoryStream(bytes)));
}
