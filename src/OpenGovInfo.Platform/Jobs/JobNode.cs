namespace OpenGovInfo.Platform.Jobs;

/// <summary>This node as a lease owner: one per host (a singleton), so two hosts in one process are two owners.</summary>
/// <param name="Owner">Host name, process id and a random part.</param>
public sealed record JobNode(string Owner)
{
    /// <summary>A new identity for this host.</summary>
    public static JobNode New() => new($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");
}
