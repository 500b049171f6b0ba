using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Agencies;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies;

/// <summary>The agency admin corrects the agency's name and credit code (authorised by <c>agency-manage</c>).</summary>
public sealed class ProfileModel(GetAgency getAgency, UpdateAgencyProfile update) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>The form.</summary>
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    /// <summary>True after a successful save.</summary>
    [FromQuery(Name = "saved")]
    public bool Saved { get; set; }

    /// <summary>Loads the current values.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await getAgency.RunAsync(AgencyId, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Input = new ProfileInput { Name = result.Value.Name, CreditCode = result.Value.CreditCode };
        return Page();
    }

    /// <summary>Saves after validation.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await update.RunAsync(new UpdateAgencyProfileRequest(AgencyId, Input.Name, Input.CreditCode), cancellationToken);
        if (result.IsSuccess)
        {
            return Redirect($"/staff/agencies/{AgencyId}/profile?saved=true");
        }

        ModelState.AddErrors(result.Errors, nameof(Input));
        return Page();
    }
}
