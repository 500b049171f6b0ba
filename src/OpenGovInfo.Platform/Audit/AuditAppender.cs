using Microsoft.EntityFrameworkCore;

namespace OpenGovInfo.Platform.Audit;

/// <summary>Appends records to the chain inside the caller's transaction.</summary>
internal static class AuditAppender
{
    public static async Task AppendAsync(
        DbContext context, IReadOnlyList<AuditedChange> changes, AuditActor ambient, DateTimeOffset now,
        AuditHashAlgorithm algorithm, IAuditChainLock chainLock, CancellationToken cancellationToken)
    {
        await chainLock.AcquireAsync(context, cancellationToken);
        var last = await context.Set<AuditRecord>().AsNoTracking()
            .OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? string.Empty;
        var at = AuditHash.Truncate(now);
        var records = new List<AuditRecord>(changes.Count);
        foreach (var change in changes)
        {
            var record = AuditChanges.ToRecord(change, ambient, at);
            record.Sequence = ++sequence;
            record.PreviousHash = previous;
            record.Algorithm = AuditHash.Name(algorithm);
            record.Hash = AuditHash.Compute(record);
            previous = record.Hash;
            records.Add(record);
        }

        context.AddRange(records);
        await context.SaveChangesAsync(cancellationToken);
        foreach (var record in records)
        {
            // Written once, never read back through this context: do not let a long-lived context accumulate them.
            context.Entry(record).State = EntityState.Detached;
        }
    }
}
