using Microsoft.AspNetCore.Identity;
using OpenGovInfo.Platform.Common;

namespace OpenGovInfo.Platform.Staff;

/// <summary>Input of <see cref="OpenStaffAccount"/>.</summary>
public sealed record OpenStaffAccountRequest(string? UserName, string? DisplayName, int AgencyId, IReadOnlyList<string?> Roles);

/// <summary>
/// 开通账号 from the back office: an administrator creates a staff account with one or more roles. The password is
/// generated, shown to the administrator once, and must be changed at the first sign-in, so that the administrator
/// never knows a password in use.
/// </summary>
public sealed class OpenStaffAccount(UserManager<StaffUser> users, CreateStaffAccount create)
{
    /// <summary>Runs the use case.</summary>
    public async Task<Result<IssuedPassword>> RunAsync(string? actorId, OpenStaffAccountRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var actor = await StaffActor.LoadAsync(users, actorId);
        if (!StaffAccountRules.MayAdminister(actor, out var refused))
        {
            return Result.Failure<IssuedPassword>(refused);
        }

        if (!actor.IsSystemAdmin && request.AgencyId != actor.AgencyId)
        {
            return Result.Failure<IssuedPassword>(StaffAccountRules.Forbidden("机关管理员只能为本机关开通账号。"));
        }

        var roles = StaffAccountRules.ParseRoles(request.Roles);
        if (!roles.IsSuccess)
        {
            return Result.Failure<IssuedPassword>([.. roles.Errors]);
        }

        if (StaffAccountRules.MayGrant(actor, roles.Value) is { } notGrantable)
        {
            return Result.Failure<IssuedPassword>(notGrantable);
        }

        var password = OneTimePassword.Generate();
        var created = await create.RunAsync(new CreateStaffAccountRequest(request.UserName, request.DisplayName, request.AgencyId, roles.Value, password), cancellationToken);
        if (!created.IsSuccess)
        {
            return Result.Failure<IssuedPassword>([.. created.Errors]);
        }

        var user = await users.FindByIdAsync(created.Value) ?? throw new InvalidOperationException("The account just created is gone.");
        StaffRoleSetup.EnsureSucceeded(await PasswordChangeRequired.RequireAsync(users, user), user.UserName ?? user.Id);
        return Result.Success(new IssuedPassword(user.Id, user.UserName ?? string.Empty, password));
    }
}
