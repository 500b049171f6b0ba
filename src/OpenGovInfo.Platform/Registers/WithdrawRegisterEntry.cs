using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Registers;

/// <summary>
/// 撤回: takes a register row off the public register with a required reason (typically entered in error). The row is
/// kept with its <see cref="RegisterDocumentRow.WithdrawnAt"/>, so the history and the audit trail stay whole; public
/// pages and the annual report leave it out. One save writes the row's change and the history line.
/// </summary>
public sealed class WithdrawRegisterEntry(OpenGovInfoDbContext db, TimeProvider clock)
{
    /// <summary>Runs the use case; nothing is written on failure.</summary>
    public async Task<Result<int>> RunAsync(int agencyId, RegisterKind kind, int entryId, string? reason, RegisterActor actor,
        CancellationToken cancellationToken = default)
    {
        if (!actor.MayChange(agencyId))
        {
            return Result.Failure<int>(new Error(ErrorCodes.Forbidden, "只有本机关的信息员或机关管理员可以撤回登记记录。"));
        }

        var row = await RegisterEntries.FindAsync(db, agencyId, kind, entryId, cancellationToken);
        if (row is null)
        {
            return Result.Failure<int>(Error.NotFound("该登记记录"));
        }

        if (RegisterEntries.WithdrawnAt(row) is not null)
        {
            return Result.Failure<int>(new Error(ErrorCodes.Withdrawn, "该记录已撤回。"));
        }

        if (RegisterEntries.ReasonError(reason, "撤回") is { } reasonError)
        {
            return Result.Failure<int>(reasonError);
        }

        var now = clock.GetUtcNow();
        switch (row)
        {
            case RegisterDocumentRow d: d.WithdrawnAt = now; break;
            case RegisterDecisionRow d: d.WithdrawnAt = now; break;
            case RegisterFeeRow f: f.WithdrawnAt = now; break;
        }

        db.Add(new RegisterEntryEventRow
        {
            // ReasonError refused a blank reason above.
            AgencyId = agencyId, Register = kind, EntryId = entryId, Action = RegisterEntryAction.Withdraw,
            Reason = (reason ?? throw new InvalidOperationException("A checked reason is missing.")).Trim(),
            ActorId = actor.Id, ActorName = actor.Name, At = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(entryId);
    }
}
