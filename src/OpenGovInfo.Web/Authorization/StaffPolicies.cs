using Microsoft.AspNetCore.Authorization;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Authorization;

/// <summary>The back office's policies. Agency policies read the agency from the route value <c>agencyId</c>.</summary>
public static class StaffPolicies
{
    /// <summary>Any signed-in staff member with a role.</summary>
    public const string Staff = "staff";

    /// <summary>May read the agency in the route.</summary>
    public const string AgencyRead = "agency-read";

    /// <summary>May manage the agency in the route.</summary>
    public const string AgencyManage = "agency-manage";

    /// <summary>May open the unpublished attachments of the agency in the route (see <see cref="AgencyOperation.ReviewFiles"/>).</summary>
    public const string AgencyReviewFiles = "agency-review-files";

    /// <summary>系统管理员 only: installation-wide settings such as the working-day calendar.</summary>
    public const string SystemAdmin = "system-admin";

    /// <summary>机关管理员 or 系统管理员: the staff account pages (which accounts each may change is the use cases' rule).</summary>
    public const string AccountAdmin = "account-admin";

    /// <summary>政务公开办 or 系统管理员: district-wide supervision such as the audit trail search.</summary>
    public const string Supervision = "supervision";

    /// <summary>The route value that names the agency acted on.</summary>
    public const string AgencyRouteValue = "agencyId";

    internal static AuthorizationPolicy StaffPolicy() =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(StaffRoleNames.Ids).Build();

    internal static AuthorizationPolicy SystemAdminPolicy() =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(StaffRoleNames.SystemAdmin).Build();

    internal static AuthorizationPolicy AccountAdminPolicy() =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(StaffRoleNames.AgencyAdmin, StaffRoleNames.SystemAdmin).Build();

    internal static AuthorizationPolicy SupervisionPolicy() =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(StaffRoleNames.Supervisor, StaffRoleNames.SystemAdmin).Build();

    internal static AuthorizationPolicy AgencyPolicy(AgencyOperation operation) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
            .AddRequirements(new AgencyAccessRequirement(operation)).Build();
}
