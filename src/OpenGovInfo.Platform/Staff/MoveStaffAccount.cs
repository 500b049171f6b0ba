using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Staff;

/// <summary>
/// Moves an account to another agency (a transfer between agencies). 系统管理员 only: a 机关管理员 could otherwise push
/// staff into, or pull them out of, an agency it does not manage.
/// </summary>
public sealed class MoveStaffAccount(OpenGovInfoDbContext db, UserManager<StaffUser> users)
{
    /// <summary>Runs the use case.</summary>
    public async Task<Result<int>> RunAsync(string? actorId, string? userId, int agencyId, CancellationToken cancellationToken = default)
    {
        var loaded = await ManagedAccount.LoadAsync(users, actorId, userId);
        if (!loaded.IsSuccess)
        {
            return Result.Failure<int>([.. loaded.Errors]);
        }

        if (!loaded.Value.Actor.IsSystemAdmin)
        {
            return Result.Failure<int>(StaffAccountRules.Forbidden("只有系统管理员可以调整工作人员所属机关。"));
        }

        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            return Result.Failure<int>(Error.NotFound("该机关") with { Field = "AgencyId" });
        }

        var user = loaded.Value.User;
        user.AgencyId = agencyId;
        var updated = await users.UpdateAsync(user);
        return updated.Succeeded ? Result.Success(agencyId) : Result.Failure<int>(ManagedAccount.ErrorsOf(updated));
    }
}
