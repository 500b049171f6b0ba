using OpenGovInfo.Domain.Staff;

namespace OpenGovInfo.Domain.Publishing;

/// <summary>
/// One append-only entry of an item's history (the timeline): who did what, when, from which state to which.
/// The list of events is the truth; the state is derived by <see cref="ReviewWorkflow.Replay"/>.
/// </summary>
public sealed record ItemEvent
{
    /// <summary>Creates an event; <paramref name="at"/> must be a UTC instant.</summary>
    public ItemEvent(string actorId, StaffRoles actorRoles, DateTimeOffset at, ItemState from, ItemState to,
        ReviewAction action, string? comment = null, DateTimeOffset? scheduledFor = null)
    {
        if (at.Offset != TimeSpan.Zero || scheduledFor is { Offset.Ticks: not 0 })
        {
            throw new ArgumentException("Event instants are stored in UTC.", nameof(at));
        }

        (ActorId, ActorRoles, At, From, To, Action, Comment, ScheduledFor) =
            (actorId, actorRoles, at, from, to, action, comment, scheduledFor);
    }

    /// <summary>The staff member's id.</summary>
    public string ActorId { get; }

    /// <summary>The roles the actor held when acting.</summary>
    public StaffRoles ActorRoles { get; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; }

    /// <summary>State before.</summary>
    public ItemState From { get; }

    /// <summary>State after.</summary>
    public ItemState To { get; }

    /// <summary>What was done.</summary>
    public ReviewAction Action { get; }

    /// <summary>Review comment (required for 退回) or reason (required for 撤回).</summary>
    public string? Comment { get; }

    /// <summary>For an approval to 定时发布: the release instant (UTC).</summary>
    public DateTimeOffset? ScheduledFor { get; }
}
