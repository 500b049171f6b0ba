using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Applications;

/// <summary>
/// After a calendar change, re-projects every open case on the new calendar in the importing transaction, so that the
/// work queue's stored deadlines (sorted and filtered without replaying) follow the notice at once. Returns how many
/// cases' next deadline moved.
/// </summary>
internal static class CaseRecalculation
{
    internal static async Task<int> RunAsync(OpenGovInfoDbContext db, WorkingDayCalendar after, Domain.Applications.ClockSettings settings, DateOnly today, CancellationToken cancellationToken)
    {
        var openIds = await db.Applications.Where(a => a.ClosedOn == null).Select(a => a.Id).ToListAsync(cancellationToken);
        var moved = 0;
        foreach (var id in openIds)
        {
            var log = await CaseLog.LoadAsync(db, after, settings, id, cancellationToken)
                ?? throw new InvalidOperationException($"Application {id} vanished while its deadlines were recalculated.");
            var (reply, next) = (log.Row.ReplyDue, log.Row.NextDue);
            CaseLog.Project(log.Row, log.Case, after, today, log.Row.ReplyAwaitingApproval);
            moved += reply != log.Row.ReplyDue || next != log.Row.NextDue ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        return moved;
    }
}
