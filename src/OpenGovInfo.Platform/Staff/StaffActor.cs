using Microsoft.AspNetCore.Identity;
using OpenGovInfo.Domain.Staff;

namespace OpenGovInfo.Platform.Staff;

/// <summary>
/// The staff member performing an account action, read from the database rather than from the cookie, so that a
/// role removed a moment ago no longer counts.
/// </summary>
public sealed record StaffActor(string Id, int AgencyId, IReadOnlySet<string> Roles)
{
    /// <summary>True for 系统管理员.</summary>
    public bool IsSystemAdmin => Roles.Contains(StaffRoleNames.SystemAdmin);

    /// <summary>True for 机关管理员.</summary>
    public bool IsAgencyAdmin => Roles.Contains(StaffRoleNames.AgencyAdmin);

    /// <summary>The actor, or null when the id names no account or a disabled one.</summary>
    public static async Task<StaffActor?> LoadAsync(UserManager<StaffUser> users, string? actorId)
    {
        ArgumentNullException.ThrowIfNull(users);
        var user = string.IsNullOrEmpty(actorId) ? null : await users.FindByIdAsync(actorId).ConfigureAwait(false);
        if (user is null || StaffAccountState.IsDisabled(user))
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user).ConfigureAwait(false);
        return new StaffActor(user.Id, user.AgencyId, roles.ToHashSet(StringComparer.Ordinal));
    }
}
