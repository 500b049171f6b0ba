namespace OpenGovInfo.Platform.Audit;

/// <summary>What a supervisor searches the trail for; every filter optional.</summary>
public sealed record AuditQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? ActorId = null,
    string? Action = null,
    string? EntityType = null,
    string? EntityId = null,
    int Page = 1,
    int PageSize = 50);
