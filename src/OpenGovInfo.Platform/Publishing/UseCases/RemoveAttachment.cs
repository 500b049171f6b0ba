using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// The editor takes an attachment off a draft or a returned item (撤下附件), with a reason. The reason and the file's
/// name go into the item's history as a <see cref="ReviewAction.RemoveAttachment"/> event, in the same transaction as
/// the deletion; the audit trail (ADR 0017) records the deleted row itself.
/// </summary>
public sealed class RemoveAttachment(OpenGovInfoDbContext db, ApplyReviewAction apply)
{
    /// <summary>Runs the use case.</summary>
    public async Task<Result<ItemState>> RunAsync(int agencyId, int itemId, int attachmentId, string? reason, PublishingActor actor,
        CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var attachment = await db.ItemAttachments
                .Where(a => a.Id == attachmentId && a.ItemId == itemId && db.Items.Any(i => i.Id == itemId && i.AgencyId == agencyId))
                .FirstOrDefaultAsync(cancellationToken);
            if (attachment is null)
            {
                return Result.Failure<ItemState>(Error.NotFound("该附件"));
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                return Result.Failure<ItemState>(new Error("ReasonRequired", "撤下附件必须说明理由。", "Reason"));
            }

            if (reason.Trim().Length > MaxReasonLength)
            {
                return Result.Failure<ItemState>(new Error(ErrorCodes.TooLong, $"理由不能超过 {MaxReasonLength} 个字。", "Reason"));
            }

            // The workflow decides who may (the editor, while the item is theirs to change) and records the event.
            var step = await apply.ApplyInTransactionAsync(
                new ReviewActionRequest(agencyId, itemId, ReviewAction.RemoveAttachment, $"“{attachment.DisplayName}”：{reason.Trim()}"),
                actor, cancellationToken);
            if (!step.IsSuccess)
            {
                return step;
            }

            db.ItemAttachments.Remove(attachment);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return step;
        });
    }

    /// <summary>The longest reason accepted.</summary>
    public const int MaxReasonLength = 500;
}
