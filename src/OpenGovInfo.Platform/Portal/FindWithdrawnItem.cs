using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Portal;

/// <summary>When a once-published item was withdrawn (撤回), for the portal's 410 notice.</summary>
/// <param name="WithdrawnAt">The latest withdrawal (UTC).</param>
public sealed record WithdrawnItem(DateTimeOffset WithdrawnAt);

/// <summary>
/// Tells a withdrawn publication from an item that never was public: a link or bookmark to a withdrawn item answers
/// 410 with the date, not a bare 404. Only the date is disclosed: the reason and even the title may be why it went.
/// Read on the portal's miss path only, so it costs nothing on a hit.
/// </summary>
public sealed class FindWithdrawnItem(OpenGovInfoDbContext db)
{
    /// <summary>The withdrawal, or null when <paramref name="itemId"/> is public, unknown or was never published.</summary>
    public async Task<WithdrawnItem?> RunAsync(int itemId, CancellationToken cancellationToken = default)
    {
        // Withdrawn, or withdrawn and since reopened as a draft under review: either way no longer public.
        var wasPublic = await db.Items.AsNoTracking()
            .AnyAsync(i => i.Id == itemId && i.State != ItemState.Published && i.PublishedAt != null, cancellationToken);
        if (!wasPublic)
        {
            return null;
        }

        var withdrawals = await db.ItemEvents.AsNoTracking()
            .Where(e => e.ItemId == itemId && e.Action == ReviewAction.Withdraw)
            .OrderByDescending(e => e.Sequence).Select(e => e.At).Take(1).ToListAsync(cancellationToken);
        return withdrawals.Count == 0 ? null : new WithdrawnItem(withdrawals[0]);
    }
}
