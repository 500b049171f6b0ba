using Microsoft.AspNetCore.Identity;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Staff;

/// <summary>
/// The staff accounts an administrator may see: 系统管理员 every agency's (or one agency's when
/// <c>agencyId</c> is given); 机关管理员 its own agency's only.
/// </summary>
public sealed class ListStaffAccounts(OpenGovInfoDbContext db, UserManager<StaffUser> users)
{
    /// <summary>Runs the query for the actor <paramref name="actorId"/>.</summary>
    public async Task<Result<IReadOnlyList<StaffAccountSummary>>> RunAsync(string? actorId, int? agencyId = null, CancellationToken cancellationToken = default)
    {
        var actor = await StaffActor.LoadAsync(users, actorId);
        if (!StaffAccountRules.MayAdminister(actor, out var refused))
        {
            return Result.Failure<IReadOnlyList<StaffAccountSummary>>(refused);
        }

        if (!actor.IsSystemAdmin)
        {
            if (agencyId is { } asked && asked != actor.AgencyId)
            {
                return Result.Failure<IReadOnlyList<StaffAccountSummary>>(StaffAccountRules.Forbidden("机关管理员只能查看本机关工作人员的账号。"));
            }

            agencyId = actor.AgencyId;
        }

        var query = agencyId is { } id ? db.Users.Where(u => u.AgencyId == id) : db.Users;
        return Result.Success(await StaffAccountQuery.SummariesAsync(db, query, cancellationToken));
    }
}
