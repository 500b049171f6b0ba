using System.Security.Claims;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Staff;
using DomainRoles = OpenGovInfo.Domain.Staff.StaffRoles;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>Who is acting on an item, with the platform's roles mapped to the workflow's roles.</summary>
/// <param name="Id">Staff id.</param>
/// <param name="Name">Display name for the timeline.</param>
/// <param name="Roles">Workflow roles.</param>
public sealed record PublishingActor(string Id, string Name, DomainRoles Roles)
{
    /// <summary>The platform itself, releasing 定时发布 items when their time comes; no staff account has this id.</summary>
    public static PublishingActor System { get; } = new("system", "系统（定时发布）", DomainRoles.System);

    /// <summary>
    /// Maps the signed-in user's roles for acting on <paramref name="agencyId"/>'s items. 机关管理员, 政务公开办 and
    /// 系统管理员 get no workflow role: administering the system is not a licence to write, review or sign off
    /// disclosures. Workflow roles are held in one's own agency only: an account of another agency (say 政务公开办's,
    /// which may read every agency) that also holds 审批领导 approves its own agency's items, never this one's.
    /// </summary>
    public static PublishingActor From(ClaimsPrincipal user, int agencyId) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
        user.FindFirstValue(StaffClaims.DisplayName) ?? user.Identity?.Name ?? string.Empty,
        StaffClaims.AgencyOf(user) == agencyId ? RolesOf(user.IsInRole) : DomainRoles.None);

    /// <summary>Maps role identifiers (as <see cref="StaffRoleNames"/>) to the roles the publishing workflow knows.</summary>
    public static DomainRoles RolesOf(Func<string, bool> isInRole) => WorkflowPart(StaffRoleNames.Of(StaffRoleNames.Ids.Where(isInRole)));

    /// <summary>The part of <paramref name="roles"/> the publishing workflow knows (administrative roles are no licence).</summary>
    public static DomainRoles WorkflowPart(DomainRoles roles) => roles & WorkflowRoles;

    private const DomainRoles WorkflowRoles =
        DomainRoles.Editor | DomainRoles.ConfidentialityReviewer | DomainRoles.LegalReviewer | DomainRoles.Approver;
}
