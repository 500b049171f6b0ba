using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Items;

/// <summary>An editor changes a draft or a returned item.</summary>
public sealed class EditModel(GetItem getItem, UpdateDraft updateDraft) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>The item in the route.</summary>
    [FromRoute]
    public int ItemId { get; set; }

    /// <summary>The form.</summary>
    [BindProperty]
    public ItemForm Form { get; set; } = new();

    /// <summary>Loads the item.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var item = await getItem.ForStaffAsync(AgencyId, ItemId, cancellationToken);
        if (!item.IsSuccess)
        {
            return NotFound();
        }

        Form = ItemForm.From(item.Value);
        return Page();
    }

    /// <summary>Saves.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await updateDraft.RunAsync(AgencyId, ItemId, PublishingActor.From(User), Form.ToInput(), cancellationToken);
        if (result.IsSuccess)
        {
            return Redirect($"/staff/agencies/{AgencyId}/items/{ItemId}");
        }

        ModelState.AddErrors(result.Errors, nameof(Form));
        return Page();
    }
}
