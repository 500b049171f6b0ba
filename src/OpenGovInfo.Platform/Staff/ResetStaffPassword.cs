using Microsoft.AspNetCore.Identity;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Staff;

/// <summary>
/// 重置密码: a new generated password, shown to the administrator once, to be changed at the next sign-in. The
/// security stamp changes with the password, so every open session of the account ends. A short lock-out after
/// failed sign-ins is lifted (that is usually why the password is reset); a disabled account stays disabled.
/// </summary>
public sealed class ResetStaffPassword(OpenGovInfoDbContext db, UserManager<StaffUser> users)
{
    /// <summary>Runs the use case.</summary>
    public async Task<Result<IssuedPassword>> RunAsync(string? actorId, string? userId, CancellationToken cancellationToken = default)
    {
        var loaded = await ManagedAccount.LoadAsync(users, actorId, userId);
        if (!loaded.IsSuccess)
        {
            return Result.Failure<IssuedPassword>([.. loaded.Errors]);
        }

        if (loaded.Value.IsOwn)
        {
            return Result.Failure<IssuedPassword>(StaffAccountRules.Forbidden("请在“修改密码”页面修改自己的密码。"));
        }

        var user = loaded.Value.User;
        var password = OneTimePassword.Generate();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Remove + add rather than a reset token: the command line and tests run Identity without token providers.
        StaffRoleSetup.EnsureSucceeded(await users.RemovePasswordAsync(user), user.Id);
        StaffRoleSetup.EnsureSucceeded(await users.AddPasswordAsync(user, password), user.Id);
        StaffRoleSetup.EnsureSucceeded(await users.ResetAccessFailedCountAsync(user), user.Id);
        if (!StaffAccountState.IsDisabled(user) && user.LockoutEnd is not null)
        {
            StaffRoleSetup.EnsureSucceeded(await users.SetLockoutEndDateAsync(user, null), user.Id);
        }

        StaffRoleSetup.EnsureSucceeded(await PasswordChangeRequired.RequireAsync(users, user), user.Id);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success(new IssuedPassword(user.Id, user.UserName ?? string.Empty, password));
    }
}
