namespace OpenGovInfo.Platform.Jobs;

/// <summary>
/// Who runs a background job now: every web node runs the job's timer, but only the holder of an unexpired lease does
/// the work, so two nodes on one database never do it twice (ADR 0022).
/// </summary>
public sealed class JobLease
{
    /// <summary>The job's name, e.g. <c>deadline-reminders</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The node holding the lease (host name and process id).</summary>
    public string Owner { get; set; } = string.Empty;

    /// <summary>When the lease lapses, as Unix milliseconds (an integer compares the same way on both providers).</summary>
    public long ExpiresAtMs { get; set; }
}
