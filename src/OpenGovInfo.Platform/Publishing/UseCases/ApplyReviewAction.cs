using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Notifications;
using OpenGovInfo.Platform.Portal;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>A review step request from the staff pages.</summary>
public sealed record ReviewActionRequest(int AgencyId, int ItemId, ReviewAction Action, string? Comment = null,
    DateTimeOffset? ScheduledFor = null);

/// <summary>
/// Submit, pass, return, approve (publish or schedule), withdraw or revise an item. The workflow decides; the accepted
/// event is appended and the item's denormalised state, index number and search text are updated in one transaction.
/// </summary>
public sealed class ApplyReviewAction(OpenGovInfoDbContext db, TimeProvider clock, PublicContentSignal publicContent, Notifier notifier)
{
    /// <summary>Runs the use case; the value is the item's new state.</summary>
    public async Task<Result<ItemState>> RunAsync(ReviewActionRequest request, PublishingActor actor,
        CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await ApplyInTransactionAsync(request, actor, cancellationToken);
            if (result.IsSuccess)
            {
                await transaction.CommitAsync(cancellationToken);
                await publicContent.RaiseAsync(CancellationToken.None);
                await notifier.DeliverAsync(CancellationToken.None);
            }

            return result;
        });
    }

    /// <summary>
    /// The step itself, inside the caller's open transaction (the index number must be taken in it); the caller
    /// commits and raises <see cref="PublicContentSignal"/>. <see cref="ReleaseDueItems"/> shares it with the staff path.
    /// </summary>
    internal async Task<Result<ItemState>> ApplyInTransactionAsync(ReviewActionRequest request, PublishingActor actor,
        CancellationToken cancellationToken)
    {
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == request.ItemId && i.AgencyId == request.AgencyId, cancellationToken);
        if (item is null)
        {
            return Result.Failure<ItemState>(Error.NotFound("该信息"));
        }

        var now = clock.GetUtcNow().ToUniversalTime();
        if (request.Action == ReviewAction.Submit && await SubmissionErrorAsync(item, now, cancellationToken) is { } invalid)
        {
            return Result.Failure<ItemState>(invalid);
        }

        var events = await ItemEvents.LoadAsync(db, item.Id, cancellationToken);
        var decision = ReviewWorkflow.For(item.Category).Decide(
            [.. events.Select(e => e.ToDomain())],
            new ReviewRequest(actor.Id, actor.Roles, request.Action, now, request.Comment, request.ScheduledFor?.ToUniversalTime()));
        if (!decision.IsAllowed)
        {
            return Result.Failure<ItemState>(new Error(decision.Error.Code.ToString(), decision.Error.Message));
        }

        var appended = decision.Event;
        db.ItemEvents.Add(ItemEvents.Row(item.Id, events.Count, actor, appended));
        await ApplyToItemAsync(item, appended, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await ItemNotifications.NotifyAsync(db, notifier, item, [.. events.Select(e => e.ToDomain()), appended], cancellationToken);
        return Result.Success(item.State);
    }

    private async Task<Error?> SubmissionErrorAsync(Item item, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var attachments = await db.ItemAttachments.Where(a => a.ItemId == item.Id)
            .Select(a => new ItemAttachment(a.DisplayName, a.ContentType, a.Length, string.Empty)).ToListAsync(cancellationToken);
        var domain = new InformationItem(item.Title, item.BodyText, attachments, item.Category,
            item.Topic, item.IssuingAgency, item.DocumentNumber, item.FormedOn, item.Validity, item.Channels);
        var errors = domain.CheckForSubmission(ChinaTime.DateOf(now));
        return errors.Count == 0 ? null : new Error(ErrorCodes.Incomplete, string.Join("；", errors.Select(e => e.Message)) + "。", errors[0].Field);
    }

    private async Task ApplyToItemAsync(Item item, ItemEvent appended, CancellationToken cancellationToken)
    {
        item.State = appended.To;
        item.ScheduledFor = appended.To == ItemState.Scheduled ? appended.ScheduledFor : null;
        item.UpdatedAt = appended.At;
        if (appended.To == ItemState.Published)
        {
            item.PublishedAt ??= appended.At;
            if (item.IndexNumber is null)
            {
                await AssignIndexNumberAsync(item, appended.At, cancellationToken);
            }

            // After the index number: the indexed text carries the 索引号 year as a facet.
            item.SearchText = SearchDocument.For(item);
        }
        else
        {
            item.SearchText = null;
        }
    }

    private async Task AssignIndexNumberAsync(Item item, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var creditCode = await db.Agencies.Where(a => a.Id == item.AgencyId).Select(a => a.CreditCode).SingleAsync(cancellationToken);
        var year = ChinaTime.DateOf(at).Year;
        var sequence = await IndexNumberAllocator.NextAsync(db, item.AgencyId, year, cancellationToken);
        var number = IndexNumber.Create(creditCode, year, sequence);
        item.IndexNumber = number.IsSuccess
            ? number.Value.Value.ToString()
            : throw new InvalidOperationException($"Index number for agency {item.AgencyId}: {number.Error}");
        item.IndexYear = year;
        item.IndexSequence = sequence;
    }
}
