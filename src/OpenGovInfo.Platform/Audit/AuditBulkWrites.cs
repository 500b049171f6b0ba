using Microsoft.EntityFrameworkCore;

namespace OpenGovInfo.Platform.Audit;

/// <summary>
/// Records set-based writes in the same chain as tracked ones. EF's <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> bypass
/// SaveChanges and so the <see cref="AuditInterceptor"/> (ADR 0017): each caller describes what it wrote and records
/// it here, inside the transaction of the write, so that both are kept or neither.
/// </summary>
public sealed class AuditBulkWrites(TimeProvider clock, AuditOptions options, IAuditChainLock chainLock)
{
    /// <summary>Appends <paramref name="writes"/> by the ambient actor; the caller's transaction must be open.</summary>
    public async Task RecordAsync(DbContext context, IReadOnlyList<BulkWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            // Outside a transaction the write is already committed: a crash now would lose its record.
            throw new InvalidOperationException("Set-based writes are recorded in the transaction that made them.");
        }

        var changes = writes.Select(w => new AuditedChange(
            null, w.Action, w.EntityType, w.EntityId, AuditValues.ToJson(w.Before), AuditValues.ToJson(w.After), null)).ToList();
        await AuditAppender.AppendAsync(context, changes, AuditContext.Current, clock.GetUtcNow(), options.Hash, chainLock, cancellationToken);
    }
}
