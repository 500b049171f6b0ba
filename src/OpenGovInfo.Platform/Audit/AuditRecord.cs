namespace OpenGovInfo.Platform.Audit;

/// <summary>
/// One entry of the append-only audit trail: who changed or viewed what, when, from where, before and after.
/// Chained: <see cref="Hash"/> covers every field and the previous record's hash, so an edit, deletion or insertion
/// anywhere breaks the chain (<c>ogi audit-log verify</c>).
/// </summary>
public sealed class AuditRecord
{
    /// <summary>Database identity.</summary>
    public long Id { get; set; }

    /// <summary>Position in the chain, from 1, gap-free; unique, so that two writers can never fork the chain.</summary>
    public long Sequence { get; set; }

    /// <summary>When (UTC, whole milliseconds).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Staff id, or null for the public and the system.</summary>
    public string? ActorId { get; set; }

    /// <summary>Who: a staff name, 公众 or 系统.</summary>
    public string ActorName { get; set; } = string.Empty;

    /// <summary>Remote address, when the change came over the network.</summary>
    public string? Address { get; set; }

    /// <summary>create, update, delete or view.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>The table changed (or, for a view, the applications table).</summary>
    public string EntityType { get; set; } = string.Empty;

    /// <summary>The row's key.</summary>
    public string EntityId { get; set; } = string.Empty;

    /// <summary>Changed properties' old values as JSON (personal data masked); null for a creation.</summary>
    public string? Before { get; set; }

    /// <summary>Changed properties' new values as JSON (personal data masked); null for a deletion.</summary>
    public string? After { get; set; }

    /// <summary>The previous record's hash; empty for the first.</summary>
    public string PreviousHash { get; set; } = string.Empty;

    /// <summary>H(previous hash ‖ canonical form), lower-case hex.</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary>SM3 or SHA-256.</summary>
    public string Algorithm { get; set; } = string.Empty;
}
