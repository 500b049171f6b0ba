using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.AnnualReports;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Reports;

/// <summary>An agency's annual reports by year: status, version, findings at save time, due date and lateness.</summary>
public sealed class IndexModel(ListReports listReports, ReportReminders reminders) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>The years, newest first.</summary>
    public IReadOnlyList<ReportSummary> Years { get; private set; } = [];

    /// <summary>Reports due or late now (<see cref="ReportReminders"/>).</summary>
    public IReadOnlyList<ReportReminder> Reminders { get; private set; } = [];

    /// <summary>May import published reports (the agency's 信息员 or 机关管理员).</summary>
    public bool CanImport => ReportActor.From(User).DraftsFor(AgencyId);

    /// <summary>Loads the list.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await listReports.ForAgencyAsync(AgencyId, cancellationToken);
        Reminders = await reminders.ForAgencyAsync(AgencyId, cancellationToken);
    }
}
