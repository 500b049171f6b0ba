namespace OpenGovInfo.Platform.Agencies;

/// <summary>An agency with its disclosure guide and rules (sanitised HTML).</summary>
public sealed record AgencyDetails(
    int Id, string Name, int? ParentId, string? ParentName, string CreditCode, string Kind,
    string GuideHtml, string RulesHtml, DateTimeOffset UpdatedAt);
