using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Audit;

/// <summary>
/// Records every audited change of a SaveChanges in the same transaction as the change: both are kept, or neither.
/// A singleton on a pooled context, so it keeps no state of its own: a save's pending changes hang off the context
/// for the length of that save only.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock, AuditOptions options, IAuditChainLock chainLock) : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, Pending> Saves = new();

    /// <inheritdoc />
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var context = eventData.Context;
        if (context is null)
        {
            return result;
        }

        if (Saves.TryGetValue(context, out var earlier))
        {
            if (earlier.Appending)
            {
                // The trail's own save inside an audited one.
                return result;
            }

            // A save that failed before EF could report it (e.g. in another interceptor): never let its leftover
            // silence the audit of this pooled context's later saves.
            Saves.Remove(context);
            if (earlier.Owned is not null)
            {
                await earlier.Owned.DisposeAsync();
            }
        }

        var changes = AuditChanges.Capture(context);
        if (changes.Count == 0)
        {
            return result;
        }

        // Without a transaction of the caller's, EF would commit the change before the trail is written: open one.
        var owned = context.Database.CurrentTransaction is null
            ? await context.Database.BeginTransactionAsync(cancellationToken)
            : null;
        Saves.AddOrUpdate(context, new Pending(changes, owned));
        return result;
    }

    /// <inheritdoc />
    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var context = eventData.Context;
        if (context is null || !Saves.TryGetValue(context, out var pending) || pending.Appending)
        {
            return result;
        }

        pending.Appending = true;
        try
        {
            await AuditAppender.AppendAsync(
                context, pending.Changes, AuditContext.Current, clock.GetUtcNow(), options.Hash, chainLock, cancellationToken);
            if (pending.Owned is not null)
            {
                await pending.Owned.CommitAsync(cancellationToken);
            }
        }
        catch (InvalidOperationException lost) when (context is OpenGovInfoDbContext { ConnectionLost: true })
        {
            // The database went away between the save and its audit record, inside this save's transaction: an
            // outage (503), not a bug (OpenGovInfoDbContext.SaveChangesAsync explains the provider's refusal).
            throw new DatabaseConnectionLostException(lost);
        }
        finally
        {
            Saves.Remove(context);
            if (pending.Owned is not null)
            {
                // Disposing an uncommitted transaction rolls the change back with its missing record.
                await pending.Owned.DisposeAsync();
            }
        }

        return result;
    }

    /// <inheritdoc />
    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var context = eventData.Context;
        if (context is null || !Saves.TryGetValue(context, out var pending) || pending.Appending)
        {
            return;
        }

        Saves.Remove(context);
        if (pending.Owned is not null)
        {
            await pending.Owned.DisposeAsync();
        }
    }

    // The platform saves asynchronously; a synchronous save (tools, tests) takes the same path rather than a second copy.
    /// <inheritdoc />
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    private sealed class Pending(List<AuditedChange> changes, IDbContextTransaction? owned)
    {
        public List<AuditedChange> Changes { get; } = changes;

        public IDbContextTransaction? Owned { get; } = owned;

        public bool Appending { get; set; }
    }
}
