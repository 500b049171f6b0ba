using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Portal;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;
using static OpenGovInfo.Platform.Tests.Publishing.PublishingFixture;

namespace OpenGovInfo.Platform.Tests.Portal;

/// <summary>The portal's ADO.NET read path shows exactly what the EF Core use cases show, on both providers.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class PublicReadsTests(PostgresServer postgres)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Item_page_reads_the_published_item_with_its_attachments_and_nothing_unpublished(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var published = await DraftAsync(host, agencyId, Input("关于<公开>征集 & 项目的公告", "normative_documents"));
        foreach (var name in new[] { "方案.pdf", "附件二.pdf" })
        {
            var attached = await host.RunAsync<AddAttachment, Result<AttachmentInfo>>(u => u.RunAsync(agencyId, published, Editor, name, null, new MemoryStream(Pdf)));
            Assert.True(attached.IsSuccess);
        }

        await PublishAsync(host, agencyId, published, legal: true);
        var draft = await DraftAsync(host, agencyId, Input("未发布的草稿"));
        var withdrawn = await DraftAsync(host, agencyId, Input("已撤回的信息"));
        await PublishAsync(host, agencyId, withdrawn, legal: false);
        Assert.True((await ActAsync(host, agencyId, withdrawn, Approver, ReviewAction.Withdraw, "内容有误")).IsSuccess);

        var expected = (await host.RunAsync<GetItem, Result<ItemDetails>>(q => q.PublicAsync(published))).Value;
        var actual = await host.RunAsync<PublicReads, ItemDetails?>(r => r.ItemAsync(published));
        Assert.NotNull(actual);
        Assert.Equal(expected.Summary, actual.Summary);
        Assert.Equal((expected.BodyHtml, expected.DocumentNumber, expected.Validity, expected.Channels, expected.PublishedAt),
            (actual.BodyHtml, actual.DocumentNumber, actual.Validity, actual.Channels, actual.PublishedAt));
        Assert.Equal(["方案.pdf", "附件二.pdf"], actual.Attachments.Select(a => a.DisplayName));
        Assert.Equal(expected.Attachments, actual.Attachments);
        Assert.Empty(actual.Timeline);

        Assert.Null(await host.RunAsync<PublicReads, ItemDetails?>(r => r.ItemAsync(draft)));
        Assert.Null(await host.RunAsync<PublicReads, ItemDetails?>(r => r.ItemAsync(withdrawn)));
        Assert.Null(await host.RunAsync<PublicReads, ItemDetails?>(r => r.ItemAsync(int.MaxValue)));
        var plain = await DraftAsync(host, agencyId, Input("没有附件的信息"));
        await PublishAsync(host, agencyId, plain, legal: false);
        Assert.Empty((await host.RunAsync<PublicReads, ItemDetails?>(r => r.ItemAsync(plain)))!.Attachments);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task List_page_matches_ListItems_for_every_filter_counted_or_cached(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        for (var i = 1; i <= 5; i++)
        {
            var id = await DraftAsync(host, agencyId, Input($"工作动态第{i}期", i % 2 == 0 ? "other" : "work_updates"));
            await PublishAsync(host, agencyId, id, legal: false);
            host.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        await DraftAsync(host, agencyId, Input("未发布的草稿"));
        ItemFilter[] filters =
        [
            new(agencyId), new(agencyId, PageSize: 2, Page: 2), new(agencyId, "work_updates"), new(agencyId, Topic: "科技创新"),
            new(agencyId, Topic: "不存在的主题"), new(agencyId, Year: 2026), new(agencyId, Year: 2025), new(agencyId, "work_updates", 2026, "科技创新", 2, 2),
            new(agencyId, Page: 0),
        ];
        foreach (var filter in filters)
        {
            var counts = host.Services.GetRequiredService<PublicCountCache>();
            counts.Clear();
            var counted = await host.RunAsync<PublicReads, PublicItemList?>(r => r.ListAsync(filter));
            var cached = await host.RunAsync<PublicReads, PublicItemList?>(r => r.ListAsync(filter));
            counts.Clear();
            var expected = await host.RunAsync<ListItems, ItemPage>(q => q.RunAsync(filter));
            foreach (var actual in new[] { counted!, cached! })
            {
                Assert.Equal(DemoDistrict.Bureau, actual.AgencyName);
                Assert.Equal((expected.Total, expected.Page, expected.PageSize), (actual.Total, actual.Page, actual.PageSize));
                Assert.Equal(expected.Items.Select(i => new PublicListRow(i.Id, i.Title, i.CategoryName, i.IndexNumber, i.PublishedOn)), actual.Rows);
            }
        }

        Assert.Equal(4, (await host.RunAsync<PublicReads, PublicItemList?>(r => r.ListAsync(new ItemFilter(agencyId, PageSize: 4))))!.Rows.Count);
        // A hostile page number: no overflow into a negative offset, just an empty page.
        Assert.Empty((await host.RunAsync<PublicReads, PublicItemList?>(r => r.ListAsync(new ItemFilter(agencyId, Page: int.MaxValue))))!.Rows);
        Assert.Null(await host.RunAsync<PublicReads, PublicItemList?>(r => r.ListAsync(new ItemFilter(agencyId + 1000))));
    }
}
