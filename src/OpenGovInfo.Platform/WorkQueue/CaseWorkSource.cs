using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Applications;

namespace OpenGovInfo.Platform.WorkQueue;

/// <summary>Applications waiting for the staff member (the “待我办理” queue of <see cref="CaseWorklist"/>), with their deadlines.</summary>
public sealed class CaseWorkSource(CaseWorklist worklist) : IWorkQueueSource
{
    private const int Limit = 100;

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkQueueEntry>> ForAsync(WorkQueueActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roles = StaffRoleNames.All.Where(r => actor.Roles.HasFlag(r)).Select(StaffRoleNames.Id).ToHashSet(StringComparer.Ordinal);
        var caseActor = new CaseActor(actor.Id, actor.Name, actor.AgencyId, roles);
        var page = await worklist.RunAsync(caseActor, new CaseQueueQuery(CaseQueueScope.Mine, PageSize: Limit), cancellationToken);
        return
        [
            .. page.Rows.Select(r => new WorkQueueEntry(WorkKind.Application, $"申请 {r.TrackingCode}：{r.Description}", r.WaitingFor,
                $"/staff/agencies/{r.AgencyId}/applications/{r.Id}", r.NextDue, r.Due?.WorkingDaysLeft, r.IsOverdue)),
        ];
    }
}
