using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.AnnualReports;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Reports;

/// <summary>
/// 政务公开办's overview of every agency's report for a year: submitted or late, rule findings, links to review; and the
/// dashboard — each agency's key ratios with trend charts over the last three years, and the district total.
/// </summary>
public sealed class IndexModel(ListReports listReports, GetReportDashboard getDashboard, ReportReminders reminders, TimeProvider clock) : PageModel
{
    /// <summary>The reporting year (default: last year).</summary>
    [FromQuery]
    public int? Year { get; set; }

    /// <summary>Every agency's line.</summary>
    public IReadOnlyList<ReportSummary> Lines { get; private set; } = [];

    /// <summary>The key ratios over the years up to the one shown, or null when there is no district government.</summary>
    public ReportDashboard? Dashboard { get; private set; }

    /// <summary>Every agency's report due or late now (<see cref="ReportReminders"/>).</summary>
    public IReadOnlyList<ReportReminder> Reminders { get; private set; } = [];

    /// <summary>The year shown.</summary>
    public int Shown { get; private set; }

    /// <summary>The year a request asks for, or last year (Beijing time).</summary>
    public static int YearShown(int? year, TimeProvider clock) =>
        year is { } y and >= CompileAnnualReport.FirstYear and <= 9998 ? y : ChinaTime.Today(clock).Year - 1;

    /// <summary>Loads the overview; 政务公开办 and 系统管理员 only.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ReportActor.From(User).Reviews)
        {
            return Forbid();
        }

        Shown = YearShown(Year, clock);
        Lines = await listReports.ForOfficeAsync(Shown, cancellationToken);
        Reminders = await reminders.ForSupervisorAsync(cancellationToken);
        var dashboard = await getDashboard.RunAsync(Shown, cancellationToken: cancellationToken);
        Dashboard = dashboard.IsSuccess ? dashboard.Value : null;
        return Page();
    }
}
