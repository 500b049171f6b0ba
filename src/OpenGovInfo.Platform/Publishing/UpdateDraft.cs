using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>An editor changes a draft or a returned item; items under review or published are frozen.</summary>
public sealed class UpdateDraft(OpenGovInfoDbContext db, ItemEditor editor)
{
    /// <summary>Runs the use case; the value is the item's id.</summary>
    public async Task<Result<int>> RunAsync(int agencyId, int itemId, PublishingActor actor, ItemInput input,
        CancellationToken cancellationToken = default)
    {
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId && i.AgencyId == agencyId, cancellationToken);
        if (item is null)
        {
            return Result.Failure<int>(Error.NotFound("该信息"));
        }

        if (!actor.Roles.HasFlag(StaffRoles.Editor))
        {
            return Result.Failure<int>(new Error(ErrorCodes.Forbidden, "修改信息需要“信息员”角色。"));
        }

        if (item.State is not (ItemState.Draft or ItemState.Returned))
        {
            return Result.Failure<int>(new Error(ErrorCodes.InvalidState, $"“{PublishingNames.Of(item.State)}”状态的信息不能修改。"));
        }

        var errors = editor.Check(input);
        if (errors.Count > 0)
        {
            return Result.Failure<int>([.. errors]);
        }

        await editor.ApplyAsync(item, input, item.IssuingAgency, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(item.Id);
    }
}
