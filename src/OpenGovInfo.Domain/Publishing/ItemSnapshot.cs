namespace OpenGovInfo.Domain.Publishing;

/// <summary>What an item's events add up to.</summary>
/// <param name="State">The current state.</param>
/// <param name="CreatorId">Who created the item (null before the first event).</param>
/// <param name="SubmitterIds">Everyone who ever submitted it.</param>
/// <param name="ScheduledFor">The pending release instant while <see cref="ItemState.Scheduled"/>.</param>
/// <param name="FirstPublishedAt">When it was first published (UTC), if ever; timeliness is judged on this.</param>
public sealed record ItemSnapshot(
    ItemState State,
    string? CreatorId,
    IReadOnlySet<string> SubmitterIds,
    DateTimeOffset? ScheduledFor,
    DateTimeOffset? FirstPublishedAt)
{
    /// <summary>True when <paramref name="actorId"/> wrote or submitted the item and so may not review it.</summary>
    public bool IsOwnItem(string actorId) => actorId == CreatorId || SubmitterIds.Contains(actorId);
}
