using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.AnnualReports;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Reports;

/// <summary>政务公开办's overview of every agency's report for a year: submitted or late, rule findings, links to review.</summary>
public sealed class IndexModel(ListReports listReports, TimeProvider clock) : PageModel
{
    /// <summary>The reporting year (default: last year).</summary>
    [FromQuery]
    public int? Year { get; set; }

    /// <summary>Every agency's line.</summary>
    public IReadOnlyList<ReportSummary> Lines { get; private set; } = [];

    /// <summary>The year shown.</summary>
    public int Shown { get; private set; }

    /// <summary>Loads the overview; 政务公开办 and 系统管理员 only.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ReportActor.From(User).Reviews)
        {
            return Forbid();
        }

        Shown = Year is { } y and >= CompileAnnualReport.FirstYear and <= 9998 ? y : ChinaTime.Today(clock).Year - 1;
        Lines = await listReports.ForOfficeAsync(Shown, cancellationToken);
        return Page();
    }
}
