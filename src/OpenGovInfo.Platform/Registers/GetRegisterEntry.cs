using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Registers;

/// <summary>One line of a register row's history, for the staff page.</summary>
public sealed record RegisterEntryEvent(RegisterEntryAction Action, string Reason, string? Changes, string ActorName, DateTimeOffset At);

/// <summary>A register row as staff see it: its cells (as the entry form takes them), status and history, oldest first.</summary>
public sealed record RegisterEntryView(
    int AgencyId, RegisterKind Kind, int EntryId, IReadOnlyDictionary<string, string> Cells,
    DateTimeOffset? CorrectedAt, DateTimeOffset? WithdrawnAt, IReadOnlyList<RegisterEntryEvent> History);

/// <summary>Reads one register row of an agency with its history (agency-scoped: another agency's id is not found).</summary>
public sealed class GetRegisterEntry(OpenGovInfoDbContext db)
{
    /// <summary>The row, or null.</summary>
    public async Task<RegisterEntryView?> RunAsync(int agencyId, RegisterKind kind, int entryId, CancellationToken cancellationToken = default)
    {
        var row = await RegisterEntries.FindAsync(db, agencyId, kind, entryId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var history = await db.Set<RegisterEntryEventRow>().AsNoTracking()
            .Where(e => e.AgencyId == agencyId && e.Register == kind && e.EntryId == entryId)
            .OrderBy(e => e.Id)
            .Select(e => new RegisterEntryEvent(e.Action, e.Reason, e.Changes, e.ActorName, e.At))
            .ToListAsync(cancellationToken);
        return new RegisterEntryView(agencyId, kind, entryId, RegisterEntryCells.Of(row),
            RegisterEntries.CorrectedAt(row), RegisterEntries.WithdrawnAt(row), history);
    }
}
