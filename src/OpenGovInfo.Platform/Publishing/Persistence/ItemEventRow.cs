using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Domain.Staff;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>One append-only row of an item's history; never updated or deleted (see <see cref="ItemEvent"/>).</summary>
public sealed class ItemEventRow
{
    /// <summary>Database identity.</summary>
    public long Id { get; set; }

    /// <summary>The item.</summary>
    public int ItemId { get; set; }

    /// <summary>Position in the item's log, 0-based; unique per item so that two racing actions cannot both append.</summary>
    public int Sequence { get; set; }

    /// <summary>Staff id.</summary>
    public string ActorId { get; set; } = string.Empty;

    /// <summary>Staff name when acting, for the timeline.</summary>
    public string ActorName { get; set; } = string.Empty;

    /// <summary>Roles held when acting.</summary>
    public StaffRoles ActorRoles { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>State before.</summary>
    public ItemState From { get; set; }

    /// <summary>State after.</summary>
    public ItemState To { get; set; }

    /// <summary>Action.</summary>
    public ReviewAction Action { get; set; }

    /// <summary>Comment or reason.</summary>
    public string? Comment { get; set; }

    /// <summary>Scheduled release (UTC).</summary>
    public DateTimeOffset? ScheduledFor { get; set; }

    /// <summary>The domain event.</summary>
    public ItemEvent ToDomain() => new(ActorId, ActorRoles, At, From, To, Action, Comment, ScheduledFor);
}
