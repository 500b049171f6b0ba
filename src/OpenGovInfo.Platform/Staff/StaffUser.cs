using Microsoft.AspNetCore.Identity;

namespace OpenGovInfo.Platform.Staff;

/// <summary>A staff member (工作人员) of exactly one agency.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>The agency this person works for; every back-office action is checked against it.</summary>
    public int AgencyId { get; set; }

    /// <summary>Name shown in the back office, e.g. 张敏.</summary>
    public string DisplayName { get; set; } = string.Empty;
}
