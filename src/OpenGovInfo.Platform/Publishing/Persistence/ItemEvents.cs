using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>Reading and appending an item's event log.</summary>
internal static class ItemEvents
{
    public static async Task<List<ItemEventRow>> LoadAsync(OpenGovInfoDbContext db, int itemId, CancellationToken cancellationToken) =>
        await db.ItemEvents.AsNoTracking().Where(e => e.ItemId == itemId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);

    public static ItemEventRow Row(int itemId, int sequence, PublishingActor actor, ItemEvent e) => new()
    {
        ItemId = itemId,
        Sequence = sequence,
        ActorId = e.ActorId,
        ActorName = actor.Name,
        ActorRoles = e.ActorRoles,
        At = e.At,
        From = e.From,
        To = e.To,
        Action = e.Action,
        Comment = e.Comment,
        ScheduledFor = e.ScheduledFor,
    };
}
