using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Registers;

/// <summary>
/// 更正: changes a register row's fields, with a required reason. The new cells go through the import's validator
/// (as 逐条登记 does); the row, its <see cref="RegisterDocumentRow.CorrectedAt"/> and a history line with the reason and
/// the changed columns are written in one save, which the audit trail (ADR 0017) records with the before/after values.
/// A withdrawn row is not corrected: it is no longer on the register.
/// </summary>
public sealed class CorrectRegisterEntry(OpenGovInfoDbContext db, TimeProvider clock)
{
    /// <summary>Runs the use case; nothing is written on failure.</summary>
    public async Task<Result<int>> RunAsync(int agencyId, RegisterKind kind, int entryId, IReadOnlyDictionary<string, string?> cells,
        string? reason, RegisterActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.MayChange(agencyId))
        {
            return Result.Failure<int>(new Error(ErrorCodes.Forbidden, "只有本机关的信息员或机关管理员可以更正登记簿。"));
        }

        var row = await RegisterEntries.FindAsync(db, agencyId, kind, entryId, cancellationToken);
        if (row is null)
        {
            return Result.Failure<int>(Error.NotFound("该登记记录"));
        }

        if (RegisterEntries.WithdrawnAt(row) is not null)
        {
            return Result.Failure<int>(new Error(ErrorCodes.Withdrawn, "该记录已撤回，不能更正。"));
        }

        var errors = new List<Error>();
        var (issues, corrected) = AddRegisterEntry.Validate(agencyId, kind, cells);
        errors.AddRange(issues.Select(AddRegisterEntry.ToError));
        if (RegisterEntries.ReasonError(reason, "更正") is { } reasonError)
        {
            errors.Add(reasonError);
        }

        if (errors.Count > 0 || corrected is null)
        {
            return Result.Failure<int>([.. errors]);
        }

        var before = RegisterEntryCells.Of(row);
        var changes = RegisterEntryCells.Changes(before, RegisterEntryCells.Of(corrected));
        if (changes.Length == 0)
        {
            return Result.Failure<int>(new Error(ErrorCodes.Unchanged, "没有修改任何内容，无需更正。"));
        }

        var now = clock.GetUtcNow();
        Apply(row, corrected, now);
        if (await AddRegisterEntry.DuplicateAsync(db, row, cancellationToken) is { } duplicate)
        {
            return Result.Failure<int>(duplicate);
        }

        db.Add(new RegisterEntryEventRow
        {
            // ReasonError refused a blank reason above.
            AgencyId = agencyId, Register = kind, EntryId = entryId, Action = RegisterEntryAction.Correct,
            Reason = (reason ?? throw new InvalidOperationException("A checked reason is missing.")).Trim(),
            Changes = changes, ActorId = actor.Id, ActorName = actor.Name, At = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException refused) when (!DatabaseOutage.Is(refused))
        {
            // Another row took the same number between the check and the save: the unique index refused it.
            db.ChangeTracker.Clear();
            return Result.Failure<int>(await AddRegisterEntry.DuplicateAsync(db, corrected, cancellationToken)
                ?? throw new InvalidOperationException("Register correction refused."));
        }

        return Result.Success(entryId);
    }

    // The stored row keeps its identity and agency; every register field takes the corrected value.
    private static void Apply(object row, object corrected, DateTimeOffset now)
    {
        switch (row)
        {
            case RegisterDocumentRow d when corrected is RegisterDocumentRow c:
                (d.Kind, d.Title, d.DocumentNumber, d.IssuedOn, d.RepealedOn, d.CorrectedAt) = (c.Kind, c.Title, c.DocumentNumber, c.IssuedOn, c.RepealedOn, now);
                c.Id = d.Id;
                break;
            case RegisterDecisionRow d when corrected is RegisterDecisionRow c:
                (d.Kind, d.DecisionNumber, d.DecidedOn, d.SubjectPublicName, d.IsNaturalPerson, d.CorrectedAt) =
                    (c.Kind, c.DecisionNumber, c.DecidedOn, c.SubjectPublicName, c.IsNaturalPerson, now);
                c.Id = d.Id;
                break;
            case RegisterFeeRow f when corrected is RegisterFeeRow c:
                (f.FeeItem, f.AmountFen, f.CollectedOn, f.CorrectedAt) = (c.FeeItem, c.AmountFen, c.CollectedOn, now);
                c.Id = f.Id;
                break;
            default:
                throw new InvalidOperationException("Register kinds differ.");
        }
    }
}
