using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// An editor changes a draft or a returned item; items under review or published are frozen. A correction reason
/// (更正说明), when given, is recorded in the item's history as a <see cref="ReviewAction.Correct"/> event saved with
/// the change, so a reviewer sees what was corrected after their return.
/// </summary>
public sealed class UpdateDraft(OpenGovInfoDbContext db, ItemEditor editor, TimeProvider clock)
{
    /// <summary>Runs the use case; the value is the item's id.</summary>
    public async Task<Result<int>> RunAsync(int agencyId, int itemId, PublishingActor actor, ItemInput input,
        CancellationToken cancellationToken = default) => await RunAsync(agencyId, itemId, actor, input, null, cancellationToken);

    /// <summary>Runs the use case with a correction reason (null or blank: an ordinary save, no event).</summary>
    public async Task<Result<int>> RunAsync(int agencyId, int itemId, PublishingActor actor, ItemInput input, string? correctionReason,
        CancellationToken cancellationToken = default)
    {
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId && i.AgencyId == agencyId, cancellationToken);
        if (item is null)
        {
            return Result.Failure<int>(Error.NotFound("该信息"));
        }

        if (!actor.Roles.HasFlag(StaffRoles.Editor))
        {
            return Result.Failure<int>(new Error(ErrorCodes.Forbidden, "修改信息需要“信息员”角色。"));
        }

        if (item.State is not (ItemState.Draft or ItemState.Returned))
        {
            return Result.Failure<int>(new Error(ErrorCodes.InvalidState, $"“{PublishingNames.Of(item.State)}”状态的信息不能修改。"));
        }

        var errors = editor.Check(input);
        if (errors.Count > 0)
        {
            return Result.Failure<int>([.. errors]);
        }

        if (!string.IsNullOrWhiteSpace(correctionReason))
        {
            if (correctionReason.Trim().Length > RemoveAttachment.MaxReasonLength)
            {
                return Result.Failure<int>(new Error(ErrorCodes.TooLong, $"更正说明不能超过 {RemoveAttachment.MaxReasonLength} 个字。", "CorrectionReason"));
            }

            var events = await ItemEvents.LoadAsync(db, item.Id, cancellationToken);
            var decision = ReviewWorkflow.For(item.Category).Decide([.. events.Select(e => e.ToDomain())],
                new ReviewRequest(actor.Id, actor.Roles, ReviewAction.Correct, clock.GetUtcNow().ToUniversalTime(), correctionReason));
            if (!decision.IsAllowed)
            {
                return Result.Failure<int>(new Error(decision.Error.Code.ToString(), decision.Error.Message));
            }

            // Same SaveChanges as the change: the (item, sequence) key refuses a racing second event.
            db.ItemEvents.Add(ItemEvents.Row(item.Id, events.Count, actor, decision.Event));
        }

        await editor.ApplyAsync(item, input, item.IssuingAgency, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(item.Id);
    }
}
