using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Notifications;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Platform.WorkQueue;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;
using static OpenGovInfo.Platform.Tests.Notifications.NotificationFixture;
using static OpenGovInfo.Platform.Tests.Publishing.PublishingFixture;

namespace OpenGovInfo.Platform.Tests.Notifications;

/// <summary>
/// A submitted item tells the agency's confidentiality reviewers (not its legal reviewer, not another agency); a return
/// tells its author; both show in the work queues; marking read is one's own only.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ItemNotificationTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Review_and_return_notify_exactly_the_people_they_wait_for(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var author = await StaffAsync(host, "a.editor", agencyId, StaffRoleNames.Editor);
        var secrecy = await StaffAsync(host, "a.secrecy", agencyId, StaffRoleNames.ConfidentialityReviewer);
        var legal = await StaffAsync(host, "a.legal", agencyId, StaffRoleNames.LegalReviewer);
        var editor = new PublishingActor(author, "王丽", StaffRoles.Editor);
        var reviewer = new PublishingActor(secrecy, "李强", StaffRoles.ConfidentialityReviewer);
        var itemId = (await host.RunAsync<CreateDraft, Common.Result<int>>(u => u.RunAsync(agencyId, editor, Input("通知测试")))).Value;

        Assert.Equal(ItemState.ConfidentialityReview, (await ActAsync(host, agencyId, itemId, editor, ReviewAction.Submit)).Value);
        var afterSubmit = await AllAsync(host);
        var toReview = Assert.Single(afterSubmit);
        Assert.Equal((secrecy, NotificationKind.ItemAwaitsReview, $"/staff/agencies/{agencyId}/items/{itemId}"),
            (toReview.RecipientId, toReview.Kind, toReview.Link));
        Assert.Contains("等待保密审查", toReview.Text, StringComparison.Ordinal);
        Assert.Equal(["待保密审查"], (await QueueAsync(host, secrecy, agencyId, StaffRoles.ConfidentialityReviewer)).Select(e => e.WaitingFor));
        Assert.Empty(await QueueAsync(host, legal, agencyId, StaffRoles.LegalReviewer));

        Assert.Equal(ItemState.Returned, (await ActAsync(host, agencyId, itemId, reviewer, ReviewAction.Return, "请补充依据")).Value);
        var returned = Assert.Single(await AllAsync(host), n => n.Kind == NotificationKind.ItemReturned);
        Assert.Equal(author, returned.RecipientId);
        Assert.Contains("请补充依据", returned.Text, StringComparison.Ordinal);
        var queue = Assert.Single(await QueueAsync(host, author, agencyId, StaffRoles.Editor));
        Assert.Equal(("通知测试", "已退回，待修改后重新提交"), (queue.Title, queue.WaitingFor));
        Assert.True(queue.DueOn > new DateOnly(2026, 3, 31) && queue.WorkingDaysLeft > 0, $"{queue.DueOn} {queue.WorkingDaysLeft}");
        Assert.Empty(await QueueAsync(host, "another-editor", agencyId, StaffRoles.Editor));

        // Marking read: nobody marks another's notification; mark-all clears only one's own.
        Assert.False(await host.RunAsync<StaffNotifications, bool>(n => n.MarkReadAsync(author, toReview.Id)));
        Assert.Equal(1, await host.RunAsync<StaffNotifications, int>(n => n.UnreadCountAsync(secrecy)));
        Assert.Equal(1, await host.RunAsync<StaffNotifications, int>(n => n.MarkAllReadAsync(author)));
        Assert.Equal(0, await host.RunAsync<StaffNotifications, int>(n => n.UnreadCountAsync(author)));
        Assert.Equal(1, await host.RunAsync<StaffNotifications, int>(n => n.UnreadCountAsync(secrecy)));
        Assert.True(await host.RunAsync<StaffNotifications, bool>(n => n.MarkReadAsync(secrecy, toReview.Id)));
        Assert.Equal(0, await host.RunAsync<StaffNotifications, int>(n => n.UnreadCountAsync(secrecy)));
    }

    private static Task<IReadOnlyList<WorkQueueEntry>> QueueAsync(PlatformHost host, string id, int agencyId, StaffRoles roles) =>
        host.RunAsync<ItemWorkSource, IReadOnlyList<WorkQueueEntry>>(s => s.ForAsync(new WorkQueueActor(id, "某人", agencyId, roles), CancellationToken.None));
}
