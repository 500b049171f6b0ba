using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.AnnualReports;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Reports;

/// <summary>The district report's drill-down: one cell's parts by member agency, each linking to that agency's records.</summary>
public sealed class DistrictCellModel(GetDistrictCellContributions getContributions, TimeProvider clock) : PageModel
{
    /// <summary>The reporting year (default: last year).</summary>
    [FromQuery]
    public int? Year { get; set; }

    /// <summary>The cell (<see cref="CellKeys"/>).</summary>
    [FromQuery]
    public string Key { get; set; } = string.Empty;

    /// <summary>The year shown.</summary>
    public int Shown { get; private set; }

    /// <summary>The cell's description.</summary>
    public string Label { get; private set; } = string.Empty;

    /// <summary>The district total of the cell.</summary>
    public decimal? Total { get; private set; }

    /// <summary>Each member's part.</summary>
    public IReadOnlyList<CellContribution> Members { get; private set; } = [];

    /// <summary>Loads the parts; 政务公开办 and 系统管理员 only.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ReportActor.From(User).Reviews)
        {
            return Forbid();
        }

        Shown = IndexModel.YearShown(Year, clock);
        var result = await getContributions.RunAsync(Shown, Key, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        (Label, Total, Members) = result.Value;
        return Page();
    }

    /// <summary>A value as the tables print it.</summary>
    public static string Print(decimal? value) => value?.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
