namespace OpenGovInfo.Platform.Registers;

/// <summary>
/// One append-only line of a register row's history (更正 or 撤回): who, when, why, and what changed. The audit trail
/// (ADR 0017) records the row's own change in the same save; this is the reason staff and assessors read.
/// </summary>
public sealed class RegisterEntryEventRow
{
    /// <summary>Identity.</summary>
    public long Id { get; set; }

    /// <summary>Agency of the row.</summary>
    public int AgencyId { get; set; }

    /// <summary>Which register the row is in.</summary>
    public RegisterKind Register { get; set; }

    /// <summary>The row's id in its register.</summary>
    public int EntryId { get; set; }

    /// <summary>更正 or 撤回.</summary>
    public RegisterEntryAction Action { get; set; }

    /// <summary>The reason given (required).</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>For a correction, the fields changed as "列：旧 → 新", one a line; null for a withdrawal.</summary>
    public string? Changes { get; set; }

    /// <summary>Staff id.</summary>
    public string ActorId { get; set; } = string.Empty;

    /// <summary>Staff name when acting.</summary>
    public string ActorName { get; set; } = string.Empty;

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The longest reason accepted.</summary>
    public const int MaxReasonLength = 500;
}
