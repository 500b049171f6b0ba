using System.Security.Claims;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Platform.WorkQueue;

/// <summary>The staff member whose queue is asked for.</summary>
/// <param name="Id">Staff id.</param>
/// <param name="Name">Display name.</param>
/// <param name="AgencyId">Their agency.</param>
/// <param name="Roles">Every role they hold.</param>
public sealed record WorkQueueActor(string Id, string Name, int? AgencyId, StaffRoles Roles)
{
    /// <summary>The signed-in staff member.</summary>
    public static WorkQueueActor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
            user.FindFirstValue(StaffClaims.DisplayName) ?? user.Identity?.Name ?? string.Empty,
            StaffClaims.AgencyOf(user),
            StaffRoleNames.Of(StaffRoleNames.Ids.Where(user.IsInRole)));
    }
}
