using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// The review actions a staff member may take on an item now, derived by the workflow from the item's events, so that
/// a page offers exactly the buttons that will be accepted (issue #13 item 3: never a second copy of the rules).
/// </summary>
public sealed class ListReviewActions(OpenGovInfoDbContext db)
{
    /// <summary>The actions open to <paramref name="actor"/>, in workflow order; none for an unknown item.</summary>
    public async Task<IReadOnlyList<ReviewAction>> RunAsync(int agencyId, int itemId, PublishingActor actor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await db.Items.AnyAsync(i => i.Id == itemId && i.AgencyId == agencyId, cancellationToken))
        {
            return [];
        }

        var events = await ItemEvents.LoadAsync(db, itemId, cancellationToken);
        return ReviewWorkflow.ActionsOpenTo([.. events.Select(e => e.ToDomain())], actor.Id, actor.Roles);
    }
}
