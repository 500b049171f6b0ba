using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Staff;

/// <summary>Reads staff accounts with their agency, roles and flags in three queries, whatever the provider.</summary>
internal static class StaffAccountQuery
{
    public static async Task<IReadOnlyList<StaffAccountSummary>> SummariesAsync(
        OpenGovInfoDbContext db, IQueryable<StaffUser> users, CancellationToken cancellationToken)
    {
        var rows = await users.AsNoTracking()
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.AgencyId, u.LockoutEnd, u.TwoFactorEnabled })
            .ToListAsync(cancellationToken);
        var roles = await (from userRole in db.UserRoles
                           join user in users on userRole.UserId equals user.Id
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var mustChange = await (from token in db.UserTokens
                                join user in users on token.UserId equals user.Id
                                where token.LoginProvider == SingleUseAuthenticatorTokenProvider.TokenLoginProvider
                                      && token.Name == PasswordChangeRequired.TokenName
                                select token.UserId)
            .ToListAsync(cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var rolesOf = roles.ToLookup(r => r.UserId, r => r.Name ?? string.Empty, StringComparer.Ordinal);
        var flagged = mustChange.ToHashSet(StringComparer.Ordinal);
        return
        [
            .. rows
                .OrderBy(r => r.AgencyId).ThenBy(r => r.UserName, StringComparer.Ordinal)
                .Select(r => new StaffAccountSummary(
                    r.Id,
                    r.UserName ?? string.Empty,
                    r.DisplayName,
                    r.AgencyId,
                    agencies.GetValueOrDefault(r.AgencyId, string.Empty),
                    [.. StaffRoleNames.Ids.Where(role => rolesOf[r.Id].Contains(role, StringComparer.Ordinal))],
                    StaffAccountState.IsDisabled(r.LockoutEnd),
                    r.TwoFactorEnabled,
                    flagged.Contains(r.Id))),
        ];
    }
}
