namespace OpenGovInfo.Platform.Audit;

/// <summary>
/// What a supervisor searches the trail for; every filter optional. <paramref name="Actor"/> is a staff user name or
/// the name recorded (公众, 系统); <paramref name="ActorAgencyId"/> keeps what staff of that agency did (records
/// carry no agency of their own: a row's agency is the actor's).
/// </summary>
public sealed record AuditQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? ActorId = null,
    string? Action = null,
    string? EntityType = null,
    string? EntityId = null,
    int Page = 1,
    int PageSize = 50,
    string? Actor = null,
    int? ActorAgencyId = null);
