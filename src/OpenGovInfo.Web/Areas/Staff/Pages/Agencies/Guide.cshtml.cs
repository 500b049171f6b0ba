using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Agencies;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies;

/// <summary>The agency admin edits the guide and rules (authorised by <c>agency-manage</c>).</summary>
public sealed class GuideModel(GetAgency getAgency, UpdateDisclosurePages update) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>The form.</summary>
    [BindProperty]
    public GuideInput Input { get; set; } = new();

    /// <summary>True after a successful save.</summary>
    [FromQuery(Name = "saved")]
    public bool Saved { get; set; }

    /// <summary>Loads the current pages.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await getAgency.RunAsync(AgencyId, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Input = new GuideInput { GuideHtml = result.Value.GuideHtml, RulesHtml = result.Value.RulesHtml };
        return Page();
    }

    /// <summary>Saves (sanitised by the use case).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await update.RunAsync(new UpdateDisclosurePagesRequest(AgencyId, Input.GuideHtml, Input.RulesHtml), cancellationToken);
        if (result.IsSuccess)
        {
            return Redirect($"/staff/agencies/{AgencyId}/guide?saved=true");
        }

        ModelState.AddErrors(result.Errors, nameof(Input));
        return Page();
    }
}
