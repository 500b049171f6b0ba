using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.AnnualReports;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Reports;

/// <summary>The drill-down: the records one cell counts, as the records stand now.</summary>
public sealed class CellModel(GetCellRecords getRecords) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>The year in the route.</summary>
    [FromRoute]
    public int Year { get; set; }

    /// <summary>The cell (<see cref="CellKeys"/>).</summary>
    [FromQuery]
    public string Key { get; set; } = string.Empty;

    /// <summary>The cell's description.</summary>
    public string Label { get; private set; } = string.Empty;

    /// <summary>The records.</summary>
    public IReadOnlyList<CellRecord> Records { get; private set; } = [];

    /// <summary>Loads the records.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await getRecords.RunAsync(AgencyId, Year, Key, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        (Label, Records) = result.Value;
        return Page();
    }
}
