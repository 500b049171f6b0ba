using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Registers;

/// <summary>Finds one row of an agency's register, whatever the register; shared by the entry page and its actions.</summary>
internal static class RegisterEntries
{
    /// <summary>The tracked row, or null when the agency has no such row in that register.</summary>
    public static async Task<object?> FindAsync(OpenGovInfoDbContext db, int agencyId, RegisterKind kind, int entryId,
        CancellationToken cancellationToken) => kind switch
    {
        RegisterKind.Documents => await db.Set<RegisterDocumentRow>().FirstOrDefaultAsync(r => r.Id == entryId && r.AgencyId == agencyId, cancellationToken),
        RegisterKind.Decisions => await db.Set<RegisterDecisionRow>().FirstOrDefaultAsync(r => r.Id == entryId && r.AgencyId == agencyId, cancellationToken),
        RegisterKind.Fees => await db.Set<RegisterFeeRow>().FirstOrDefaultAsync(r => r.Id == entryId && r.AgencyId == agencyId, cancellationToken),
        _ => null,
    };

    public static DateTimeOffset? WithdrawnAt(object row) => row switch
    {
        RegisterDocumentRow d => d.WithdrawnAt,
        RegisterDecisionRow d => d.WithdrawnAt,
        _ => ((RegisterFeeRow)row).WithdrawnAt,
    };

    public static DateTimeOffset? CorrectedAt(object row) => row switch
    {
        RegisterDocumentRow d => d.CorrectedAt,
        RegisterDecisionRow d => d.CorrectedAt,
        _ => ((RegisterFeeRow)row).CorrectedAt,
    };

    /// <summary>Checks the reason of a correction or withdrawal; the error names the field "Reason".</summary>
    public static Common.Error? ReasonError(string? reason, string what) =>
        string.IsNullOrWhiteSpace(reason) ? new Common.Error(Common.ErrorCodes.Required, $"{what}必须说明理由。", "Reason")
        : reason.Trim().Length > RegisterEntryEventRow.MaxReasonLength
            ? new Common.Error(Common.ErrorCodes.TooLong, $"理由不能超过 {RegisterEntryEventRow.MaxReasonLength} 个字。", "Reason")
            : null;
}
