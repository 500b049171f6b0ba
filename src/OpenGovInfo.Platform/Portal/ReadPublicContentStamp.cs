using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Portal;

/// <summary>
/// A cheap fingerprint of everything the portal's cached pages show: the newest item event (every publication,
/// release and withdrawal appends one) and the agencies' last edits. When it differs from the last reading, another
/// node changed public content. Two index-only reads; polled every few seconds per node.
/// </summary>
public sealed class ReadPublicContentStamp(OpenGovInfoDbContext db)
{
    /// <summary>Reads the stamp.</summary>
    public async Task<PublicContentStamp> RunAsync(CancellationToken cancellationToken = default)
    {
        var lastEvent = await db.ItemEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        // Agencies are few (a district has tens to hundreds); reading their edit times is cheaper than a MAX over a
        // converted date column, which SQLite cannot order natively.
        var agencyEdits = await db.Agencies.AsNoTracking().Select(a => a.UpdatedAt).ToListAsync(cancellationToken);
        return new PublicContentStamp(lastEvent, agencyEdits.Count == 0 ? DateTimeOffset.MinValue : agencyEdits.Max(), agencyEdits.Count);
    }
}

/// <summary>The fingerprint read by <see cref="ReadPublicContentStamp"/>.</summary>
public sealed record PublicContentStamp(long LastItemEvent, DateTimeOffset LastAgencyEdit, int AgencyCount);
