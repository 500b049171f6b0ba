using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.AnnualReports;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Reports;

/// <summary>The dashboard's comparison table as an Excel workbook (政务公开办 and 系统管理员 only).</summary>
public sealed class ExportModel(GetReportDashboard dashboard, TimeProvider clock) : PageModel
{
    /// <summary>The last year of the comparison (default: last year).</summary>
    [FromQuery]
    public int? Year { get; set; }

    /// <summary>Sends the workbook.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ReportActor.From(User).Reviews)
        {
            return Forbid();
        }

        var year = IndexModel.YearShown(Year, clock);
        var result = await dashboard.RunAsync(year, cancellationToken: cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        return File(ComparisonWorkbook.Write(result.Value), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"全区年报对比-{year}.xlsx");
    }
}
