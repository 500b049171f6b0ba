using Microsoft.AspNetCore.Identity;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Staff;

/// <summary>
/// Replaces an account's roles (several per person). 机关管理员 grants agency roles only; nobody removes their own
/// administrator role, so that an agency or the installation is never left without one by a slip.
/// </summary>
public sealed class SetStaffRoles(OpenGovInfoDbContext db, UserManager<StaffUser> users)
{
    /// <summary>Runs the use case; the value is the roles now held.</summary>
    public async Task<Result<IReadOnlyList<string>>> RunAsync(string? actorId, string? userId, IReadOnlyList<string?> roles, CancellationToken cancellationToken = default)
    {
        var loaded = await ManagedAccount.LoadAsync(users, actorId, userId);
        if (!loaded.IsSuccess)
        {
            return Result.Failure<IReadOnlyList<string>>([.. loaded.Errors]);
        }

        var (actor, user, current) = loaded.Value;
        var wanted = StaffAccountRules.ParseRoles(roles);
        if (!wanted.IsSuccess)
        {
            return wanted;
        }

        if (StaffAccountRules.MayGrant(actor, wanted.Value) is { } notGrantable)
        {
            return Result.Failure<IReadOnlyList<string>>(notGrantable);
        }

        var removed = current.Except(wanted.Value, StringComparer.Ordinal).ToList();
        if (loaded.Value.IsOwn && removed.Any(r => r is StaffRoleNames.AgencyAdmin or StaffRoleNames.SystemAdmin))
        {
            return Result.Failure<IReadOnlyList<string>>(StaffAccountRules.Forbidden("不能取消自己的管理员角色，请由其他管理员操作。"));
        }

        var added = wanted.Value.Except(current, StringComparer.Ordinal).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (removed.Count > 0)
        {
            StaffRoleSetup.EnsureSucceeded(await users.RemoveFromRolesAsync(user, removed), user.Id);
        }

        if (added.Count > 0)
        {
            StaffRoleSetup.EnsureSucceeded(await users.AddToRolesAsync(user, added), user.Id);
        }

        await transaction.CommitAsync(cancellationToken);
        return Result.Success<IReadOnlyList<string>>([.. StaffRoleNames.Ids.Where(wanted.Value.Contains)]);
    }
}
