using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Applications;

/// <summary>
/// The applications work queue: what waits for me first (officer: cases to handle; approver: letters to approve;
/// 政务公开办: every agency's overdue and at-risk cases), ordered by deadline with days left.
/// </summary>
public sealed class IndexModel(CaseWorklist worklist, OpenGovInfo.Platform.Agencies.ListAgencies listAgencies) : PageModel
{
    /// <summary>The tabs.</summary>
    public static IReadOnlyList<(CaseQueueScope Scope, string Label)> Scopes { get; } =
        [(CaseQueueScope.Mine, "待我办理"), (CaseQueueScope.Open, "全部在办"), (CaseQueueScope.Overdue, "已逾期"), (CaseQueueScope.Closed, "已办结"), (CaseQueueScope.All, "全部")];

    /// <summary>Scope.</summary>
    [FromQuery(Name = "scope")]
    public CaseQueueScope Scope { get; set; } = CaseQueueScope.Mine;

    /// <summary>Search.</summary>
    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    /// <summary>One agency (政务公开办 and 系统管理员 only; others always see their own).</summary>
    [FromQuery(Name = "agency")]
    public int? Agency { get; set; }

    /// <summary>Agencies to filter by, for the overseeing roles.</summary>
    public IReadOnlyList<OpenGovInfo.Platform.Agencies.AgencySummary> Agencies { get; private set; } = [];

    /// <summary>Page.</summary>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The queue.</summary>
    public CaseQueuePage? Queue { get; private set; }

    /// <summary>The user's agency.</summary>
    public int? AgencyId { get; private set; }

    /// <summary>The user may register applications (信息员).</summary>
    public bool CanRegister { get; private set; }

    /// <summary>Several agencies are listed (政务公开办, 系统管理员).</summary>
    public bool ShowsAgency { get; private set; }

    /// <summary>Loads.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(User);
        AgencyId = actor.AgencyId;
        CanRegister = actor.AgencyId is { } own && actor.IsOfficerOf(own);
        ShowsAgency = User.IsInRole(StaffRoleNames.Supervisor) || User.IsInRole(StaffRoleNames.SystemAdmin);
        Search = Search is { Length: > 100 } s ? s[..100] : Search;
        if (ShowsAgency)
        {
            Agencies = await listAgencies.RunAsync(cancellationToken);
        }

        Queue = await worklist.RunAsync(actor, new CaseQueueQuery(Scope, ShowsAgency ? Agency : null, Search, PageNumber), cancellationToken);
    }
}
