using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Staff;

/// <summary>The roles each staff member of an agency holds, for deciding whom something waits for.</summary>
internal static class AgencyStaffRoles
{
    public static async Task<Dictionary<string, StaffRoles>> OfAsync(OpenGovInfoDbContext db, int agencyId, CancellationToken cancellationToken)
    {
        var rows = await (
            from user in db.Users.AsNoTracking()
            where user.AgencyId == agencyId
            join link in db.UserRoles.AsNoTracking() on user.Id equals link.UserId
            join role in db.Roles.AsNoTracking() on link.RoleId equals role.Id
            select new { user.Id, role.Name }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => StaffRoleNames.Of(g.Select(r => r.Name ?? string.Empty)), StringComparer.Ordinal);
    }
}
