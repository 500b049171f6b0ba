using Microsoft.AspNetCore.Identity;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Staff;

/// <summary>One staff account, for an administrator who may manage it (see <see cref="StaffAccountRules.MayManage"/>).</summary>
public sealed class GetStaffAccount(OpenGovInfoDbContext db, UserManager<StaffUser> users)
{
    /// <summary>Runs the query.</summary>
    public async Task<Result<StaffAccountSummary>> RunAsync(string? actorId, string userId, CancellationToken cancellationToken = default)
    {
        var actor = await StaffActor.LoadAsync(users, actorId);
        if (StaffAccountRules.MayAdminister(actor) is { } refused)
        {
            return Result.Failure<StaffAccountSummary>(refused);
        }

        var found = await StaffAccountQuery.SummariesAsync(db, db.Users.Where(u => u.Id == userId), cancellationToken);
        if (found.Count == 0)
        {
            return Result.Failure<StaffAccountSummary>(Error.NotFound("该账号"));
        }

        var account = found[0];
        return StaffAccountRules.MayManage(actor, account.AgencyId, account.Roles) is { } error
            ? Result.Failure<StaffAccountSummary>(error)
            : Result.Success(account);
    }
}
