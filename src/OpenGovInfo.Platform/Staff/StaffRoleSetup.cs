using Microsoft.AspNetCore.Identity;

namespace OpenGovInfo.Platform.Staff;

/// <summary>Creates the role rows the policies name; idempotent, so every node may run it at start.</summary>
public sealed class StaffRoleSetup(RoleManager<IdentityRole> roles)
{
    /// <summary>Adds any missing role.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                EnsureSucceeded(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    internal static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            // A failure here is a bug in the seed data or schema, not user input.
            throw new InvalidOperationException(
                $"Identity operation for '{what}' failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
