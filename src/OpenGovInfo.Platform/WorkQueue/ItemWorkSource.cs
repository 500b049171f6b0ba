using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Platform.WorkQueue;

/// <summary>
/// Items waiting for the staff member: their own items returned to them, and items in 保密审查, 法律审核 or 审批 that the
/// workflow would let them act on now. The deadline is the item's 条例 第二十六条 publish-by date.
/// </summary>
public sealed class ItemWorkSource(OpenGovInfoDbContext db, CalendarStore calendars, TimeProvider clock) : IWorkQueueSource
{
    private const int Limit = 200;

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkQueueEntry>> ForAsync(WorkQueueActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roles = PublishingActor.WorkflowPart(actor.Roles);
        if (actor.AgencyId is not { } agencyId || roles == Domain.Staff.StaffRoles.None)
        {
            return [];
        }

        var items = await db.Items.AsNoTracking()
            .Where(i => i.AgencyId == agencyId && (i.State == ItemState.Returned || i.State == ItemState.ConfidentialityReview
                || i.State == ItemState.LegalReview || i.State == ItemState.Approval))
            .OrderBy(i => i.FormedOn).ThenBy(i => i.Id).Take(Limit)
            .Select(i => new { i.Id, i.Title, i.State, i.FormedOn })
            .ToListAsync(cancellationToken);
        var ids = items.Select(i => i.Id).ToList();
        var events = (await db.ItemEvents.AsNoTracking().Where(e => ids.Contains(e.ItemId)).ToListAsync(cancellationToken))
            .GroupBy(e => e.ItemId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Sequence).Select(e => e.ToDomain()).ToList());
        var timeliness = new PublishTimeliness(new StatutoryClock(await calendars.CurrentAsync(db, cancellationToken)));
        var today = ChinaTime.Today(clock);
        var entries = new List<WorkQueueEntry>();
        foreach (var item in items)
        {
            var log = events.GetValueOrDefault(item.Id) ?? [];
            var waiting = WaitingFor(item.State, log, actor.Id, roles);
            if (waiting is null)
            {
                continue;
            }

            var due = timeliness.Assess(item.FormedOn, today, null).Assessment;
            entries.Add(new WorkQueueEntry(WorkKind.Item, item.Title, waiting, $"/staff/agencies/{agencyId}/items/{item.Id}",
                due?.Deadline.Due, due?.WorkingDaysLeft, due?.Status == TimelinessStatus.Late));
        }

        return entries;
    }

    private static string? WaitingFor(ItemState state, List<ItemEvent> log, string actorId, Domain.Staff.StaffRoles roles)
    {
        if (log.Count == 0 || ReviewWorkflow.ActionsOpenTo(log, actorId, roles).Count == 0)
        {
            return null;
        }

        // A returned item waits for its own author, not for every editor of the agency.
        return state == ItemState.Returned
            ? log[0].ActorId == actorId ? "已退回，待修改后重新提交" : null
            : $"待{PublishingNames.Of(state)}";
    }
}
