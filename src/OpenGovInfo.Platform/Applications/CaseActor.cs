using System.Security.Claims;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Platform.Applications;

/// <summary>Who acts on a case: a staff member with roles and an agency, the applicant, or the platform.</summary>
/// <param name="Id">Staff id, or <c>applicant</c> / <c>system</c>.</param>
/// <param name="Name">Name for the timeline.</param>
/// <param name="AgencyId">The staff member's agency, or null.</param>
/// <param name="Roles">The staff roles held.</param>
/// <param name="Address">Remote address, for the personal-data view log.</param>
public sealed record CaseActor(string Id, string Name, int? AgencyId, IReadOnlySet<string> Roles, string? Address = null)
{
    /// <summary>The applicant on the portal or API.</summary>
    public static CaseActor Applicant { get; } = new("applicant", "申请人", null, new HashSet<string>());

    /// <summary>The platform itself (demo data, imports).</summary>
    public static CaseActor System { get; } = new("system", "系统", null, new HashSet<string>());

    /// <summary>The signed-in staff member.</summary>
    public static CaseActor From(ClaimsPrincipal user, string? address = null) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
        user.FindFirstValue(StaffClaims.DisplayName) ?? user.Identity?.Name ?? string.Empty,
        StaffClaims.AgencyOf(user),
        StaffRoleNames.Ids.Where(user.IsInRole).ToHashSet(),
        address);

    /// <summary>
    /// 条例 and 等保: an applicant's identity is for the staff who handle the case — the handling agency's officers,
    /// reviewers and approvers. 政务公开办 and 系统管理员 oversee cases without seeing who applied.
    /// </summary>
    public bool HandlesCasesOf(int agencyId) => AgencyId == agencyId
        && (Roles.Contains(StaffRoleNames.Editor) || Roles.Contains(StaffRoleNames.Approver)
            || Roles.Contains(StaffRoleNames.LegalReviewer) || Roles.Contains(StaffRoleNames.ConfidentialityReviewer));

    /// <summary>May see the agency's cases (masked): its own staff, 政务公开办 and 系统管理员.</summary>
    public bool ReadsCasesOf(int agencyId) =>
        HandlesCasesOf(agencyId) || Roles.Contains(StaffRoleNames.Supervisor) || Roles.Contains(StaffRoleNames.SystemAdmin)
        || (AgencyId == agencyId && Roles.Contains(StaffRoleNames.AgencyAdmin));

    /// <summary>The agency's 信息员: registers, handles and drafts.</summary>
    public bool IsOfficerOf(int agencyId) => AgencyId == agencyId && Roles.Contains(StaffRoleNames.Editor);

    /// <summary>The agency's 审批领导: approves extensions and replies.</summary>
    public bool IsApproverOf(int agencyId) => AgencyId == agencyId && Roles.Contains(StaffRoleNames.Approver);
}
