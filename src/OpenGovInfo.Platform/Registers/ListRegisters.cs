using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Registers;

/// <summary>An agency's three registers.</summary>
public sealed record RegistersView(
    IReadOnlyList<RegisterDocumentRow> Documents, IReadOnlyList<RegisterDecisionRow> Decisions, IReadOnlyList<RegisterFeeRow> Fees);

/// <summary>Reads an agency's registers, newest first.</summary>
public sealed class ListRegisters(OpenGovInfoDbContext db)
{
    /// <summary>Runs the query (at most 500 rows per register on one page).</summary>
    public async Task<RegistersView> RunAsync(int agencyId, CancellationToken cancellationToken = default) => new(
        await db.Set<RegisterDocumentRow>().AsNoTracking().Where(r => r.AgencyId == agencyId).OrderByDescending(r => r.IssuedOn).Take(500).ToListAsync(cancellationToken),
        await db.Set<RegisterDecisionRow>().AsNoTracking().Where(r => r.AgencyId == agencyId).OrderByDescending(r => r.DecidedOn).Take(500).ToListAsync(cancellationToken),
        await db.Set<RegisterFeeRow>().AsNoTracking().Where(r => r.AgencyId == agencyId).OrderByDescending(r => r.CollectedOn).Take(500).ToListAsync(cancellationToken));
}
