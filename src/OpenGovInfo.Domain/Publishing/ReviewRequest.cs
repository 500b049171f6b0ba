using OpenGovInfo.Domain.Staff;

namespace OpenGovInfo.Domain.Publishing;

/// <summary>An action someone asks to perform on an item.</summary>
/// <param name="ActorId">The staff member's id.</param>
/// <param name="ActorRoles">The roles they hold now.</param>
/// <param name="Action">What they want to do.</param>
/// <param name="At">Now (UTC), from the injected clock.</param>
/// <param name="Comment">Comment (退回) or reason (撤回).</param>
/// <param name="ScheduledFor">For <see cref="ReviewAction.Approve"/>: a future release instant, or null to publish now.</param>
public sealed record ReviewRequest(
    string ActorId,
    StaffRoles ActorRoles,
    ReviewAction Action,
    DateTimeOffset At,
    string? Comment = null,
    DateTimeOffset? ScheduledFor = null);
