using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Events;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Applications;

/// <summary>
/// Writes one accepted event: the event row, the re-derived application row and any other change of the same act
/// (e.g. the dispatched letter), in one transaction. The unique (application, sequence) index and the event-count
/// concurrency token make a racing second append fail and roll back whole.
/// </summary>
internal static class CaseAppend
{
    internal static async Task<Error?> SaveAsync(OpenGovInfoDbContext db, CaseLog log, ApplicationCase next, ApplicationEvent e, CaseActor actor,
        string? note, DateTimeOffset now, DateOnly today, Action? alsoWrite, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ApplicationEvents.Add(CaseLog.EventRow(log.Row.Id, log.Events.Count, e, actor, now, note));
        alsoWrite?.Invoke();
        CaseLog.Project(log.Row, next, log.Calendar, today, log.Row.ReplyAwaitingApproval);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException refused) when (!DatabaseOutage.Is(refused))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new Error(ErrorCodes.Conflict, "该案件刚被他人更新，请刷新页面后重试。");
        }
    }
}
