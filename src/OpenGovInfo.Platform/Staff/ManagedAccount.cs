using Microsoft.AspNetCore.Identity;
using OpenGovInfo.Platform.Common;

namespace OpenGovInfo.Platform.Staff;

/// <summary>An account an administrator is about to change, loaded with the checks every change shares.</summary>
internal sealed record ManagedAccount(StaffActor Actor, StaffUser User, IReadOnlyList<string> Roles)
{
    public bool IsOwn => Actor.Id == User.Id;

    /// <summary>The actor and target, or the refusal (not an administrator, no such account, not theirs to manage).</summary>
    public static async Task<Result<ManagedAccount>> LoadAsync(UserManager<StaffUser> users, string? actorId, string? userId)
    {
        var actor = await StaffActor.LoadAsync(users, actorId).ConfigureAwait(false);
        if (!StaffAccountRules.MayAdminister(actor, out var refused))
        {
            return Result.Failure<ManagedAccount>(refused);
        }

        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId).ConfigureAwait(false);
        if (user is null)
        {
            return Result.Failure<ManagedAccount>(Error.NotFound("该账号"));
        }

        var roles = (await users.GetRolesAsync(user).ConfigureAwait(false)).ToList();
        return StaffAccountRules.MayManage(actor, user.AgencyId, roles) is { } error
            ? Result.Failure<ManagedAccount>(error)
            : Result.Success(new ManagedAccount(actor, user, roles));
    }

    /// <summary>Turns an Identity failure into use-case errors.</summary>
    public static Error[] ErrorsOf(IdentityResult result, string? field = null) =>
        [.. result.Errors.Select(e => new Error(e.Code, e.Description, field))];
}
