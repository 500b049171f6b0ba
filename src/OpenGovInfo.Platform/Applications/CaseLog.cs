using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Events;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Applications;

/// <summary>A case read from the database: its row, its stored log and the domain case replayed from the log.</summary>
/// <param name="Row">The application.</param>
/// <param name="Events">The stored log, in order.</param>
/// <param name="Case">The replayed case.</param>
/// <param name="Calendar">The calendar it was replayed on.</param>
public sealed record CaseLog(ApplicationRow Row, IReadOnlyList<ApplicationEventRow> Events, ApplicationCase Case, WorkingDayCalendar Calendar)
{
    /// <summary>Loads and replays application <paramref name="id"/> (tracked, so that the caller may update the row), or null.</summary>
    public static async Task<CaseLog?> LoadAsync(OpenGovInfoDbContext db, WorkingDayCalendar calendar, ClockSettings settings, int id, CancellationToken cancellationToken)
    {
        var row = await db.Applications.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var events = await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var replay = ApplicationCase.Replay(events.Select(e => ApplicationEventCodec.Decode(e.Kind, e.On, e.Data)), new StatutoryClock(calendar), settings);
        // A stored log that no longer replays is a bug or tampering, not user error: say so loudly.
        var @case = replay.Case ?? throw new InvalidDataException($"Application {id}: stored event {replay.EventIndex} no longer replays: {replay.Error?.Message}");
        return new CaseLog(row, events, @case, calendar);
    }

    /// <summary>Copies what work queues sort and filter by from the replayed case onto the row.</summary>
    public static void Project(ApplicationRow row, ApplicationCase @case, WorkingDayCalendar calendar, DateOnly today, bool replyAwaitingApproval)
    {
        row.Status = @case.Status;
        row.ReplyDue = @case.IsClosed ? row.ReplyDue ?? @case.ReplyBy : @case.ReplyBy;
        row.ReplyDueProvisional = @case.Deferral is null && @case.ReplyDeadline is { Provisional: true };
        // The optional 补正告知 deadline lapses silently (no supplement needed): a stored column would go stale, so the
        // queue sorts by the deadlines that must be met; the case page shows the supplement deadline live.
        var pending = CaseDeadlines.Pending(@case, calendar, today).Where(p => p.Kind != PendingKind.SupplementNotice).ToList();
        var next = pending.Find(p => p.OnAgency) ?? (pending.Count > 0 ? pending[0] : null);
        row.NextDue = next?.Due;
        row.NextDueKind = next?.Kind;
        row.OutcomeCode = @case.Outcome?.Code;
        row.ClosedOn = @case.ClosedOn;
        row.EventCount = @case.Events.Count;
        row.ReplyAwaitingApproval = replyAwaitingApproval;
    }

    /// <summary>A stored row for the next event of the log.</summary>
    public static ApplicationEventRow EventRow(int applicationId, int sequence, ApplicationEvent e, CaseActor actor, DateTimeOffset at, string? note)
    {
        var (kind, data) = ApplicationEventCodec.Encode(e);
        return new ApplicationEventRow
        {
            ApplicationId = applicationId,
            Sequence = sequence,
            Kind = kind,
            On = e.On,
            Data = data,
            ActorId = actor.Id,
            ActorName = actor.Name,
            At = at,
            Note = note,
        };
    }
}
