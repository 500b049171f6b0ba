using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing.Registers;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Registers;

/// <summary>
/// 逐条登记: one register record typed into a staff form. The cells (keyed by the import's Chinese column headers,
/// <see cref="RegisterColumns"/>) go through the same <see cref="RegisterImportValidator"/> as a one-row file, so the
/// rules are the import's; errors carry the column in <see cref="Error.Field"/>. Nothing is written when invalid.
/// </summary>
public sealed class AddRegisterEntry(OpenGovInfoDbContext db)
{
    /// <summary>Validates and stores the record; the value is the new row's id.</summary>
    public async Task<Result<int>> RunAsync(int agencyId, RegisterKind kind, IReadOnlyDictionary<string, string?> cells,
        CancellationToken cancellationToken = default)
    {
        var (issues, row) = Validate(agencyId, kind, cells);
        if (issues.Count > 0 || row is null)
        {
            return Result.Failure<int>([.. issues.Select(ToError)]);
        }

        if (await DuplicateAsync(db, row, cancellationToken) is { } duplicate)
        {
            return Result.Failure<int>(duplicate);
        }

        db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException refused) when (!DatabaseOutage.Is(refused))
        {
            // Registered by someone else between the check and the insert: the unique index refused it.
            return Result.Failure<int>(await DuplicateAsync(db, row, cancellationToken) ?? throw new InvalidOperationException("Register row refused."));
        }

        return Result.Success(row switch
        {
            RegisterDocumentRow d => d.Id,
            RegisterDecisionRow d => d.Id,
            _ => ((RegisterFeeRow)row).Id,
        });
    }

    internal static (IReadOnlyList<ImportIssue> Issues, object? Row) Validate(int agencyId, RegisterKind kind,
        IReadOnlyDictionary<string, string?> cells)
    {
        IReadOnlyDictionary<string, string>[] rows = [cells.ToDictionary(c => c.Key, c => c.Value ?? string.Empty, StringComparer.Ordinal)];
        switch (kind)
        {
            case RegisterKind.Documents:
                var documents = RegisterImportValidator.ValidateNormativeDocuments(rows);
                return (documents.Issues, documents.Records.Select(r => RegisterRowMapping.Row(agencyId, r)).FirstOrDefault());
            case RegisterKind.Decisions:
                var decisions = RegisterImportValidator.ValidateEnforcementDecisions(rows);
                return (decisions.Issues, decisions.Records.Select(r => RegisterRowMapping.Row(agencyId, r)).FirstOrDefault());
            default:
                var fees = RegisterImportValidator.ValidateFees(rows);
                return (fees.Issues, fees.Records.Select(r => RegisterRowMapping.Row(agencyId, r)).FirstOrDefault());
        }
    }

    internal static async Task<Error?> DuplicateAsync(OpenGovInfoDbContext db, object row, CancellationToken cancellationToken) => row switch
    {
        RegisterDocumentRow d when await db.Set<RegisterDocumentRow>().AnyAsync(
            r => r.AgencyId == d.AgencyId && r.DocumentNumber == d.DocumentNumber && r.Id != d.Id, cancellationToken) =>
            new Error(ErrorCodes.Duplicate, $"文号“{d.DocumentNumber}”已登记。", RegisterColumns.DocumentNumber),
        RegisterDecisionRow d when await db.Set<RegisterDecisionRow>().AnyAsync(
            r => r.AgencyId == d.AgencyId && r.DecisionNumber == d.DecisionNumber && r.Id != d.Id, cancellationToken) =>
            new Error(ErrorCodes.Duplicate, $"决定书文号“{d.DecisionNumber}”已登记。", RegisterColumns.DecisionNumber),
        _ => null,
    };

    // The import's messages are relative to a column ("不能为空"); a form shows them alone, so name the column.
    internal static Error ToError(ImportIssue issue) => new(ErrorCodes.Invalid,
        (issue.Message.StartsWith(issue.Column, StringComparison.Ordinal) ? issue.Message : issue.Column + issue.Message) + "。",
        issue.Column.Length == 0 ? null : issue.Column);
}
