using System.Security.Claims;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Platform.Registers;

/// <summary>
/// Who corrects or withdraws a register row. The rule is the one of entering and importing rows: the agency's own
/// 信息员 or 机关管理员; 政务公开办 reads every register and changes none, and 系统管理员 administers, not registers.
/// </summary>
public sealed record RegisterActor(string Id, string Name, int? AgencyId, bool IsEditorOrAgencyAdmin)
{
    /// <summary>The signed-in staff member.</summary>
    public static RegisterActor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
        user.FindFirstValue(StaffClaims.DisplayName) ?? user.Identity?.Name ?? string.Empty,
        StaffClaims.AgencyOf(user),
        user.IsInRole(StaffRoleNames.Editor) || user.IsInRole(StaffRoleNames.AgencyAdmin));

    /// <summary>True when this actor may change <paramref name="agencyId"/>'s registers.</summary>
    public bool MayChange(int agencyId) => IsEditorOrAgencyAdmin && AgencyId == agencyId && Id.Length > 0;
}
