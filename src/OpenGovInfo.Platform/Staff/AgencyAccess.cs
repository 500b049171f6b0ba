using System.Security.Claims;
using OpenGovInfo.Domain.Staff;

namespace OpenGovInfo.Platform.Staff;

/// <summary>
/// The one rule for role AND agency: staff act on their own agency only; 政务公开办 reads every agency and
/// changes none; 系统管理员 may do anything. Managing an agency needs 机关管理员 of that agency.
/// </summary>
public static class AgencyAccess
{
    private static readonly string[] WorkflowRoles =
        [StaffRoleNames.Editor, StaffRoleNames.ConfidentialityReviewer, StaffRoleNames.LegalReviewer, StaffRoleNames.Approver];

    /// <summary>True when <paramref name="user"/> may perform <paramref name="operation"/> on <paramref name="agencyId"/>.</summary>
    public static bool Allows(ClaimsPrincipal user, int agencyId, AgencyOperation operation)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        if (user.IsInRole(StaffRoleNames.SystemAdmin))
        {
            return true;
        }

        if ((operation is AgencyOperation.Read or AgencyOperation.ReviewFiles) && user.IsInRole(StaffRoleNames.Supervisor))
        {
            return true;
        }

        if (StaffClaims.AgencyOf(user) != agencyId)
        {
            return false;
        }

        return operation switch
        {
            AgencyOperation.Read => StaffRoleNames.Ids.Any(user.IsInRole),
            AgencyOperation.Manage => user.IsInRole(StaffRoleNames.AgencyAdmin),
            // 机关管理员 runs the agency's pages, not its disclosures: no workflow role, no unpublished files.
            AgencyOperation.ReviewFiles => WorkflowRoles.Any(user.IsInRole),
            _ => false,
        };
    }
}
