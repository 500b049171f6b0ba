using Microsoft.AspNetCore.Identity;
using OpenGovInfo.Platform.Common;

namespace OpenGovInfo.Platform.Staff;

/// <summary>
/// 停用 / 启用 an account. Disabling locks it out for good and renews its security stamp: the back office checks the
/// stamp on every request, so a session already open ends at its next click, not when the cookie expires.
/// </summary>
public sealed class SetStaffAccountDisabled(UserManager<StaffUser> users)
{
    /// <summary>Runs the use case; the value is the new state (true = disabled).</summary>
    public async Task<Result<bool>> RunAsync(string? actorId, string? userId, bool disabled, CancellationToken cancellationToken = default)
    {
        var loaded = await ManagedAccount.LoadAsync(users, actorId, userId);
        if (!loaded.IsSuccess)
        {
            return Result.Failure<bool>([.. loaded.Errors]);
        }

        if (loaded.Value.IsOwn)
        {
            return Result.Failure<bool>(StaffAccountRules.Forbidden("不能停用或启用自己的账号。"));
        }

        var user = loaded.Value.User;
        var steps = disabled
            ? new Func<Task<IdentityResult>>[]
            {
                () => users.SetLockoutEnabledAsync(user, true),
                () => users.SetLockoutEndDateAsync(user, StaffAccountState.DisabledUntil),
                () => users.UpdateSecurityStampAsync(user),
            }
            : [() => users.SetLockoutEndDateAsync(user, null), () => users.ResetAccessFailedCountAsync(user)];
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return Result.Failure<bool>(ManagedAccount.ErrorsOf(result));
            }
        }

        return Result.Success(disabled);
    }
}
