using System.Security.Claims;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>Who acts on a report: a staff member with an agency and roles.</summary>
/// <param name="Id">Staff id.</param>
/// <param name="Name">Name for the timeline.</param>
/// <param name="AgencyId">The staff member's agency.</param>
/// <param name="Roles">Roles held.</param>
public sealed record ReportActor(string Id, string Name, int? AgencyId, IReadOnlySet<string> Roles)
{
    /// <summary>The signed-in staff member.</summary>
    public static ReportActor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
        user.FindFirstValue(StaffClaims.DisplayName) ?? user.Identity?.Name ?? string.Empty,
        StaffClaims.AgencyOf(user),
        StaffRoleNames.Ids.Where(user.IsInRole).ToHashSet());

    /// <summary>Compiles, edits and submits the agency's report: its 信息员 or 机关管理员 (系统管理员 anywhere).</summary>
    public bool DraftsFor(int agencyId) => Roles.Contains(StaffRoleNames.SystemAdmin)
        || (AgencyId == agencyId && (Roles.Contains(StaffRoleNames.Editor) || Roles.Contains(StaffRoleNames.AgencyAdmin)));

    /// <summary>
    /// Compiles, edits and submits <paramref name="report"/>: the district report is 政务公开办's (ADR 0019), an
    /// agency's is its own officers' (<see cref="DraftsFor(int)"/>).
    /// </summary>
    public bool DraftsFor(ReportScope report) => report.IsDistrict
        ? Roles.Contains(StaffRoleNames.Supervisor) || Roles.Contains(StaffRoleNames.SystemAdmin)
        : DraftsFor(report.AgencyId);

    /// <summary>
    /// Returns or clears <paramref name="report"/> once submitted: an agency's report by 政务公开办; the district report
    /// by a 审批领导 of the district government — 政务公开办 drafted it and does not clear its own work (ADR 0019).
    /// 系统管理员 may do either.
    /// </summary>
    public bool ReviewsFor(ReportScope report) => report.IsDistrict
        ? Roles.Contains(StaffRoleNames.SystemAdmin) || (AgencyId == report.AgencyId && Roles.Contains(StaffRoleNames.Approver))
        : Reviews;

    /// <summary>Reads the agency's drafts: its own staff, 政务公开办, 系统管理员.</summary>
    public bool ReadsFor(int agencyId) => AgencyId == agencyId || Reviews;

    /// <summary>Returns or clears submitted reports: 政务公开办 (系统管理员 too).</summary>
    public bool Reviews => Roles.Contains(StaffRoleNames.Supervisor) || Roles.Contains(StaffRoleNames.SystemAdmin);
}
