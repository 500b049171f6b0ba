namespace OpenGovInfo.Platform.Applications;

/// <summary>One append-only entry of a case's log; never updated or deleted. The domain event is <see cref="Kind"/> + <see cref="Data"/>.</summary>
public sealed class ApplicationEventRow
{
    /// <summary>Database identity.</summary>
    public long Id { get; set; }

    /// <summary>The application.</summary>
    public int ApplicationId { get; set; }

    /// <summary>Position in the log, 0-based; unique per application, so two racing appends cannot both land.</summary>
    public int Sequence { get; set; }

    /// <summary>The event's kind (see <see cref="ApplicationEventCodec"/>).</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The legal date of the event.</summary>
    public DateOnly On { get; set; }

    /// <summary>The event's fields as JSON.</summary>
    public string Data { get; set; } = "{}";

    /// <summary>Staff id, or <c>applicant</c> / <c>system</c>.</summary>
    public string ActorId { get; set; } = string.Empty;

    /// <summary>Name when acting, for the timeline.</summary>
    public string ActorName { get; set; } = string.Empty;

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>A note for the record (e.g. what the supplement notice asked for).</summary>
    public string? Note { get; set; }
}
