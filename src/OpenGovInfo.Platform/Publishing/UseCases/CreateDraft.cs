using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// An editor starts an item: stored as a draft with its first event (创建), in one transaction. The event needs the
/// item's generated id, hence two saves; without the transaction a failure between them left an item with no event,
/// which no workflow step can ever move again.
/// </summary>
public sealed class CreateDraft(OpenGovInfoDbContext db, ItemEditor editor, TimeProvider clock)
{
    /// <summary>Runs the use case; the value is the new item's id.</summary>
    public async Task<Result<int>> RunAsync(int agencyId, PublishingActor actor, ItemInput input, CancellationToken cancellationToken = default)
    {
        var errors = editor.Check(input);
        if (errors.Count > 0)
        {
            return Result.Failure<int>([.. errors]);
        }

        var agencyName = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        if (agencyName is null)
        {
            return Result.Failure<int>(Error.NotFound("该机关"));
        }

        var now = clock.GetUtcNow().ToUniversalTime();
        var decision = ReviewWorkflow.For(InformationCategory.Other)
            .Decide([], new ReviewRequest(actor.Id, actor.Roles, ReviewAction.Create, now));
        if (!decision.IsAllowed)
        {
            return Result.Failure<int>(new Error(ErrorCodes.Forbidden, decision.Error.Message));
        }

        var created = decision.Event;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            // A retry starts from a clean context, not from the entities the failed attempt left tracked.
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var item = new Item { AgencyId = agencyId, CreatedAt = now, State = ItemState.Draft };
            await editor.ApplyAsync(item, input, agencyName, cancellationToken);
            db.Items.Add(item);
            await db.SaveChangesAsync(cancellationToken);
            db.ItemEvents.Add(ItemEvents.Row(item.Id, 0, actor, created));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Result.Success(item.Id);
        });
    }
}
