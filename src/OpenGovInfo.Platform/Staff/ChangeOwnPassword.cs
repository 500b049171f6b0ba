using Microsoft.AspNetCore.Identity;
using OpenGovInfo.Platform.Common;

namespace OpenGovInfo.Platform.Staff;

/// <summary>Input of <see cref="ChangeOwnPassword"/>.</summary>
public sealed record ChangeOwnPasswordRequest(string? CurrentPassword, string? NewPassword);

/// <summary>
/// A staff member changes their own password, proving the current one. A wrong current password counts as a failed
/// sign-in, so an unattended open session cannot be used to guess it. Success clears "must change at next sign-in";
/// the security stamp changes, which ends the user's other sessions (the caller renews its own cookie).
/// </summary>
public sealed class ChangeOwnPassword(UserManager<StaffUser> users)
{
    /// <summary>Runs the use case.</summary>
    public async Task<Result<bool>> RunAsync(string? userId, ChangeOwnPasswordRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || StaffAccountState.IsDisabled(user))
        {
            return Result.Failure<bool>(StaffAccountRules.Forbidden("账号不存在或已停用。"));
        }

        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            return Result.Failure<bool>(new Error("current_password", "请输入当前密码。", "CurrentPassword"));
        }

        if (string.IsNullOrEmpty(request.NewPassword))
        {
            return Result.Failure<bool>(new Error("new_password", "请输入新密码。", "NewPassword"));
        }

        if (string.Equals(request.CurrentPassword, request.NewPassword, StringComparison.Ordinal))
        {
            return Result.Failure<bool>(new Error("same_password", "新密码不能与当前密码相同。", "NewPassword"));
        }

        var changed = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!changed.Succeeded)
        {
            if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                await users.AccessFailedAsync(user);
                return Result.Failure<bool>(new Error("current_password", "当前密码不正确。", "CurrentPassword"));
            }

            return Result.Failure<bool>(ManagedAccount.ErrorsOf(changed, "NewPassword"));
        }

        StaffRoleSetup.EnsureSucceeded(await PasswordChangeRequired.ClearAsync(users, user), user.Id);
        return Result.Success(true);
    }
}
