using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;
using static OpenGovInfo.Platform.Tests.Publishing.PublishingFixture;

namespace OpenGovInfo.Platform.Tests.Publishing;

/// <summary>The review workflow through the use cases and the database, on both providers.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReviewWorkflowStoreTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_normative_document_passes_both_reviews_and_is_published_with_an_index_number(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var id = await DraftAsync(host, agencyId, Input("关于推进政务公开工作的通知", "normative_documents"));
        await PublishAsync(host, agencyId, id, legal: true);

        var item = await ItemAsync(host, id);
        Assert.Equal("11411503005056032N/2026-00001", item.IndexNumber);
        Assert.Equal(host.Clock.GetUtcNow(), item.PublishedAt);
        Assert.Equal(new Domain.Calendar.StatutoryClock(Domain.Calendar.WorkingDayCalendar.China).PublishBy(new DateOnly(2026, 3, 20)).Deadline!.Due, item.PublishBy);
        Assert.True(item.PublishBy > new DateOnly(2026, 4, 16));
        var details = await host.RunAsync<GetItem, Result<ItemDetails>>(q => q.ForStaffAsync(agencyId, id));
        Assert.Equal(
            [ReviewAction.Create, ReviewAction.Submit, ReviewAction.PassConfidentialityReview, ReviewAction.PassLegalReview, ReviewAction.Approve],
            details.Value.Timeline.Select(e => e.Action));
        Assert.Equal("陈刚", details.Value.Timeline[^1].ActorName);
        var list = await host.RunAsync<ListItems, ItemPage>(q => q.RunAsync(new ItemFilter(agencyId, Year: 2026)));
        Assert.Equal("行政规范性文件", Assert.Single(list.Items).CategoryName);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_returned_item_goes_back_to_the_editor_with_the_comment(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var id = await DraftAsync(host, agencyId, Input("2026年一季度工作动态"));
        await ActAsync(host, agencyId, id, Editor, ReviewAction.Submit);
        var noComment = await ActAsync(host, agencyId, id, Confidentiality, ReviewAction.Return, " ");
        Assert.Equal("退回必须填写意见", Assert.Single(noComment.Errors).Message);

        var returned = await ActAsync(host, agencyId, id, Confidentiality, ReviewAction.Return, "第二段涉及内部数据，请删除");
        Assert.Equal(ItemState.Returned, returned.Value);
        var details = await host.RunAsync<GetItem, Result<ItemDetails>>(q => q.ForStaffAsync(agencyId, id));
        Assert.Equal("第二段涉及内部数据，请删除", details.Value.Timeline[^1].Comment);
        Assert.Equal(ItemState.Returned, details.Value.Summary.State);
        var edited = await host.RunAsync<UpdateDraft, Result<int>>(u => u.RunAsync(agencyId, id, Editor, Input("2026年一季度工作动态（修改）")));
        Assert.True(edited.IsSuccess);
        Assert.Null((await ItemAsync(host, id)).IndexNumber);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_editor_who_is_also_approver_cannot_approve_their_own_item(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var both = new PublishingActor("editor-1", "王丽", StaffRoles.Editor | StaffRoles.Approver | StaffRoles.ConfidentialityReviewer);
        var id = await DraftAsync(host, agencyId, Input("工作动态"));
        await ActAsync(host, agencyId, id, both, ReviewAction.Submit);
        var own = await ActAsync(host, agencyId, id, both, ReviewAction.PassConfidentialityReview);
        Assert.Equal(nameof(WorkflowErrorCode.OwnItem), Assert.Single(own.Errors).Code);
        await ActAsync(host, agencyId, id, Confidentiality, ReviewAction.PassConfidentialityReview);
        var approve = await ActAsync(host, agencyId, id, both, ReviewAction.Approve);
        Assert.Contains("本人", Assert.Single(approve.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(ItemState.Approval, (await ItemAsync(host, id)).State);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Withdrawal_needs_a_reason_and_takes_the_item_off_the_portal_and_search(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var id = await DraftAsync(host, agencyId, Input("关于公开征集科技项目的公告"));
        await PublishAsync(host, agencyId, id, legal: false);
        Assert.Single((await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("公开", new SearchFilter()))).Hits);

        Assert.False((await ActAsync(host, agencyId, id, Approver, ReviewAction.Withdraw)).IsSuccess);
        Assert.Equal(ItemState.Withdrawn, (await ActAsync(host, agencyId, id, Approver, ReviewAction.Withdraw, "内容有误")).Value);
        Assert.Empty((await host.RunAsync<SearchItems, SearchResults>(s => s.RunAsync("公开", new SearchFilter()))).Hits);
        Assert.False((await host.RunAsync<GetItem, Result<ItemDetails>>(q => q.PublicAsync(id))).IsSuccess);
        Assert.Equal(0, (await host.RunAsync<ListItems, ItemPage>(q => q.RunAsync(new ItemFilter(agencyId)))).Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Script_in_a_body_is_removed_on_save(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var id = await DraftAsync(host, agencyId, Input("标题", body: "<p onclick=\"x()\">正文</p><script>alert(1)</script>"));
        var item = await ItemAsync(host, id);
        Assert.Equal("<p>正文</p>", item.BodyHtml);
        Assert.Equal("正文", item.BodyText);
    }
}
