using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Rules;
using OpenGovInfo.Platform.AnnualReports;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Reports;

/// <summary>The district report for a year, rolled up on the fly: the summed tables, the rules' findings, the members.</summary>
public sealed class DistrictModel(CompileDistrictReport compile, TimeProvider clock) : PageModel
{
    /// <summary>The reporting year (default: last year).</summary>
    [FromQuery]
    public int? Year { get; set; }

    /// <summary>The roll-up.</summary>
    public DistrictReport District { get; private set; } = null!; // !: set by OnGetAsync before the page renders.

    /// <summary>The rules' findings, cross-year against last year's roll-up.</summary>
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>Loads the roll-up; 政务公开办 and 系统管理员 only.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ReportActor.From(User).Reviews)
        {
            return Forbid();
        }

        var year = IndexModel.YearShown(Year, clock);
        var result = await compile.RunAsync(year, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        District = result.Value;
        AnnualReport? previous = null;
        if (year > CompileAnnualReport.FirstYear && await compile.RunAsync(year - 1, cancellationToken) is { IsSuccess: true } last)
        {
            previous = last.Value.Total.Report;
        }

        Findings = ConsistencyChecker.Check(District.Total.Report, previous);
        return Page();
    }
}
