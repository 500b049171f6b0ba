using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Notifications;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// Tells people when an item moves to them: a returned item to its author; an item entering 保密审查, 法律审核 or 审批
/// to every colleague of the agency whom the workflow would let act on it now (so never its own author).
/// </summary>
internal static class ItemNotifications
{
    public static async Task NotifyAsync(OpenGovInfoDbContext db, Notifier notifier, Item item, IReadOnlyList<ItemEvent> events,
        CancellationToken cancellationToken)
    {
        var last = events[^1];
        var key = $"item:{item.Id}:event:{events.Count - 1}";
        var link = $"/staff/agencies/{item.AgencyId}/items/{item.Id}";
        if (last.To == ItemState.Returned)
        {
            var author = events[0].ActorId;
            var comment = string.IsNullOrWhiteSpace(last.Comment) ? string.Empty : $"意见：{last.Comment}";
            await notifier.NotifyAsync([author], key, NotificationKind.ItemReturned,
                Shorten($"您起草的信息《{item.Title}》已被退回。{comment}"), link, cancellationToken);
            return;
        }

        if (last.To is not (ItemState.ConfidentialityReview or ItemState.LegalReview or ItemState.Approval))
        {
            return;
        }

        var staff = await AgencyStaffRoles.OfAsync(db, item.AgencyId, cancellationToken);
        var reviewers = staff.Where(s => s.Key != last.ActorId
            && ReviewWorkflow.ActionsOpenTo(events, s.Key, PublishingActor.WorkflowPart(s.Value)).Count > 0)
            .Select(s => s.Key);
        await notifier.NotifyAsync(reviewers, key, NotificationKind.ItemAwaitsReview,
            Shorten($"信息《{item.Title}》等待{PublishingNames.Of(last.To)}。"), link, cancellationToken);
    }

    private static string Shorten(string text) => text.Length > 500 ? text[..499] + "…" : text;
}
