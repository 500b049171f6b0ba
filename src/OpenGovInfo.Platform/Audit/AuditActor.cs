namespace OpenGovInfo.Platform.Audit;

/// <summary>Who is acting, as the audit trail records it.</summary>
/// <param name="Id">Staff id; null for the public or the system.</param>
/// <param name="Name">Display name.</param>
/// <param name="Address">Remote address, when known.</param>
public sealed record AuditActor(string? Id, string Name, string? Address)
{
    /// <summary>Work with no one behind it: jobs, seeding, the command line.</summary>
    public static AuditActor System { get; } = new(null, "系统", null);
}
