using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Agencies;

namespace OpenGovInfo.Web.Pages.Agencies;

/// <summary>An agency's public page: its guide and rules.</summary>
public sealed class DetailsModel(GetAgency getAgency) : PageModel
{
    /// <summary>The agency shown.</summary>
    public AgencyDetails? Agency { get; private set; }

    /// <summary>Loads the agency; 404 (Chinese status page) when unknown.</summary>
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var result = await getAgency.RunAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Agency = result.Value;
        return Page();
    }
}
