using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Platform.WorkQueue;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies;

/// <summary>An agency's back-office dashboard (authorised by <c>agency-read</c> for the route's agency).</summary>
public sealed class DashboardModel(GetAgency getAgency, ListAgencies listAgencies, CaseWorklist worklist, StaffWorklist workQueue) : PageModel
{
    /// <summary>待办: what waits for the signed-in user, nearest deadline first (shown on their own agency's dashboard).</summary>
    public IReadOnlyList<WorkQueueEntry>? Work { get; private set; }

    /// <summary>The applications reminder for this user.</summary>
    public CaseReminder? Reminder { get; private set; }

    /// <summary>The agency.</summary>
    public AgencyDetails? Agency { get; private set; }

    /// <summary>The signed-in person's name.</summary>
    public string DisplayName { get; private set; } = string.Empty;

    /// <summary>The person's roles in Chinese.</summary>
    public string RoleNames { get; private set; } = string.Empty;

    /// <summary>True for the agency's admin (and system admins).</summary>
    public bool CanManage { get; private set; }

    /// <summary>For those who read every agency (政务公开办, 系统管理员): the other agencies.</summary>
    public IReadOnlyList<AgencySummary> OtherAgencies { get; private set; } = [];

    /// <summary>Loads the dashboard.</summary>
    public async Task<IActionResult> OnGetAsync(int agencyId, CancellationToken cancellationToken)
    {
        var result = await getAgency.RunAsync(agencyId, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Agency = result.Value;
        DisplayName = User.FindFirst(StaffClaims.DisplayName)?.Value ?? string.Empty;
        RoleNames = string.Join("、", StaffRoleNames.Ids.Where(User.IsInRole).Select(StaffRoleNames.ChineseName));
        CanManage = AgencyAccess.Allows(User, agencyId, AgencyOperation.Manage);
        if (User.IsInRole(StaffRoleNames.Supervisor) || User.IsInRole(StaffRoleNames.SystemAdmin))
        {
            OtherAgencies = [.. (await listAgencies.RunAsync(cancellationToken)).Where(a => a.Id != agencyId)];
        }

        Reminder = await worklist.ReminderAsync(CaseActor.From(User), cancellationToken);
        if (StaffClaims.AgencyOf(User) == agencyId)
        {
            Work = await workQueue.RunAsync(WorkQueueActor.From(User), cancellationToken);
        }

        return Page();
    }
}
