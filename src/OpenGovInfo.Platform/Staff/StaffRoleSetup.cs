using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Data;

using OpenGovInfo.Platform.Common;

namespace OpenGovInfo.Platform.Staff;

/// <summary>Creates the role rows the policies name; idempotent, so every node may run it at start.</summary>
public sealed class StaffRoleSetup(RoleManager<IdentityRole> roles, OpenGovInfoDbContext db)
{
    /// <summary>Adds any missing role.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoleNames.Ids)
        {
            if (await roles.RoleExistsAsync(role))
            {
                continue;
            }

            try
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                // Another node created it between our check and the role manager's own check: fine.
                if (!result.Errors.All(e => e.Code == nameof(IdentityErrorDescriber.DuplicateRoleName)))
                {
                    EnsureSucceeded(result, role);
                }
            }
            catch (DbUpdateException refused) when (!DatabaseOutage.Is(refused))
            {
                // Two nodes started at once and the other one inserted the role first (unique name index): fine.
                // Anything else is rethrown.
                if (!await CreatedElsewhereAsync(role))
                {
                    throw;
                }
            }
        }
    }

    private async Task<bool> CreatedElsewhereAsync(string role)
    {
        // Forget the failed insert, or the next SaveChanges would try it again.
        db.ChangeTracker.Clear();
        return await roles.RoleExistsAsync(role);
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
