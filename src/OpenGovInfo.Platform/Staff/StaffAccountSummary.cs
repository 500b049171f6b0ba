namespace OpenGovInfo.Platform.Staff;

/// <summary>A staff account as the account pages show it.</summary>
public sealed record StaffAccountSummary(
    string Id,
    string UserName,
    string DisplayName,
    int AgencyId,
    string AgencyName,
    IReadOnlyList<string> Roles,
    bool Disabled,
    bool TwoFactorEnabled,
    bool MustChangePassword);
