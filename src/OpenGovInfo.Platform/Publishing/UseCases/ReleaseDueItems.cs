using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Portal;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// 定时发布: publishes every scheduled item whose release instant has come, as the system actor, through the same
/// step as a staff approval (<see cref="ApplyReviewAction"/>): the workflow appends a 发布 event, and the item gets its
/// publication instant, 索引号 and search text in the same transaction. Safe on several web nodes at once: each item is
/// first claimed by a conditional UPDATE (… WHERE state = Scheduled) inside its transaction, so a second node waits on
/// the row lock, then finds it no longer scheduled and leaves it alone.
/// </summary>
public sealed class ReleaseDueItems(
    OpenGovInfoDbContext db, TimeProvider clock, ApplyReviewAction apply, PublicContentSignal publicContent, Audit.AuditBulkWrites audit)
{
    /// <summary>Most items released by one run; the rest wait for the next run.</summary>
    public const int BatchSize = 200;

    private enum Outcome
    {
        Released,
        TakenElsewhere,
        Refused,
    }

    /// <summary>Runs once: releases what is due now.</summary>
    public async Task<ReleaseReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        var due = await db.Items.AsNoTracking()
            .Where(i => i.State == ItemState.Scheduled && i.ScheduledFor <= now)
            .OrderBy(i => i.ScheduledFor).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.AgencyId })
            .Take(BatchSize).ToListAsync(cancellationToken);
        var (released, taken, refused) = (new List<int>(), 0, new List<ReleaseRefusal>());
        foreach (var item in due)
        {
            var (outcome, message) = await ReleaseAsync(item.Id, item.AgencyId, now, cancellationToken);
            switch (outcome)
            {
                case Outcome.Released: released.Add(item.Id); break;
                case Outcome.TakenElsewhere: taken++; break;
                default: refused.Add(new ReleaseRefusal(item.Id, message ?? throw new InvalidOperationException("A refusal without its message."))); break;
            }
        }

        if (released.Count > 0)
        {
            await publicContent.RaiseAsync(CancellationToken.None);
        }

        return new ReleaseReport(released, taken, refused);
    }

    private Task<(Outcome, string?)> ReleaseAsync(int itemId, int agencyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var before = await db.Items.AsNoTracking().Where(i => i.Id == itemId).Select(i => i.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
            var claimed = await db.Items
                .Where(i => i.Id == itemId && i.State == ItemState.Scheduled && i.ScheduledFor <= now)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.UpdatedAt, now), cancellationToken);
            if (claimed == 0)
            {
                return (Outcome.TakenElsewhere, (string?)null);
            }

            // The claim bypasses SaveChanges and so the audit interceptor: record it in its transaction (ADR 0017).
            await audit.RecordAsync(db, [new Audit.BulkWrite(
                "update", "items", itemId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new Dictionary<string, object?> { [nameof(Item.UpdatedAt)] = before },
                new Dictionary<string, object?> { [nameof(Item.UpdatedAt)] = now })], cancellationToken);

            var result = await apply.ApplyInTransactionAsync(
                new ReviewActionRequest(agencyId, itemId, ReviewAction.ReleaseScheduled), PublishingActor.System, cancellationToken);
            if (!result.IsSuccess)
            {
                return (Outcome.Refused, result.Errors[0].Message);
            }

            await transaction.CommitAsync(cancellationToken);
            return (Outcome.Released, null);
        });
    }
}
