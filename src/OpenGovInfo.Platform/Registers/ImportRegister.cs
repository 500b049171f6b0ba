using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Documents.Registers;
using OpenGovInfo.Domain.Publishing.Registers;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Registers;

/// <summary>Which register a file is for.</summary>
public enum RegisterKind
{
    /// <summary>规章和规范性文件.</summary>
    Documents,

    /// <summary>许可、处罚、强制决定.</summary>
    Decisions,

    /// <summary>行政事业性收费.</summary>
    Fees,
}

/// <summary>The outcome of an import: rows imported, or the row-by-row report (and nothing imported).</summary>
public sealed record RegisterImportReport(int Imported, IReadOnlyList<ImportIssue> Issues);

/// <summary>
/// Bulk import of a CSV or XLSX register file: all or nothing. Any invalid row (or a 文号 already registered) means
/// nothing is imported and every problem is reported with its spreadsheet row.
/// </summary>
public sealed class ImportRegister(OpenGovInfoDbContext db)
{
    /// <summary>Runs the import; a failure carries the report in <see cref="Error.Message"/> only as a summary.</summary>
    public async Task<Result<RegisterImportReport>> RunAsync(int agencyId, RegisterKind kind, string? fileName, Stream content,
        CancellationToken cancellationToken = default)
    {
        var file = await RegisterFileReader.ReadAsync(fileName, content, cancellationToken: cancellationToken);
        if (!file.Succeeded)
        {
            return Result.Success(new RegisterImportReport(0, file.Issues));
        }

        var (issues, add) = kind switch
        {
            RegisterKind.Documents => Documents(agencyId, RegisterImportValidator.ValidateNormativeDocuments(file.Rows)),
            RegisterKind.Decisions => Decisions(agencyId, RegisterImportValidator.ValidateEnforcementDecisions(file.Rows)),
            _ => Fees(agencyId, RegisterImportValidator.ValidateFees(file.Rows)),
        };
        if (issues.Count > 0)
        {
            return Result.Success(new RegisterImportReport(0, issues));
        }

        var count = add();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException refused) when (!DatabaseOutage.Is(refused))
        {
            // The unique index on (agency, 文号) caught a number that is already registered: nothing was saved.
            return Result.Success(new RegisterImportReport(0, [new ImportIssue(0, RegisterColumns.DocumentNumber, "文件中有文号已登记过，未导入任何行。")]));
        }

        return Result.Success(new RegisterImportReport(count, []));
    }

    private (IReadOnlyList<ImportIssue>, Func<int>) Documents(int agencyId, RegisterImportResult<NormativeDocumentRecord> result) =>
        (result.Issues, () =>
        {
            db.AddRange(result.Records.Select(r => RegisterRowMapping.Row(agencyId, r)));
            return result.Records.Count;
        });

    private (IReadOnlyList<ImportIssue>, Func<int>) Decisions(int agencyId, RegisterImportResult<EnforcementDecisionRecord> result) =>
        (result.Issues, () =>
        {
            db.AddRange(result.Records.Select(r => RegisterRowMapping.Row(agencyId, r)));
            return result.Records.Count;
        });

    private (IReadOnlyList<ImportIssue>, Func<int>) Fees(int agencyId, RegisterImportResult<FeeCollectionRecord> result) =>
        (result.Issues, () =>
        {
            db.AddRange(result.Records.Select(r => RegisterRowMapping.Row(agencyId, r)));
            return result.Records.Count;
        });
}
