namespace OpenGovInfo.Platform.Agencies;

/// <summary>An agency as listed on the portal and by <c>/api/v1/agencies</c>.</summary>
public sealed record AgencySummary(int Id, string Name, int? ParentId, string CreditCode, string Kind);
