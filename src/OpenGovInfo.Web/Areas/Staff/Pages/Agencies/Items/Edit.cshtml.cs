using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Items;

/// <summary>An editor changes a draft or a returned item.</summary>
[RequestSizeLimit(BodyImport.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = BodyImport.RequestLimit)]
public sealed class EditModel(ImportDocxBody importDocx, GetItem getItem, UpdateDraft updateDraft) : PageModel
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

    /// <summary>更正说明: optional; when given it is recorded in the item's history with the change.</summary>
    [BindProperty]
    public string? CorrectionReason { get; set; }

    /// <summary>A Word file whose body replaces the form's (导入正文).</summary>
    [BindProperty(Name = BodyImport.FileField)]
    public IFormFile? BodyDocx { get; set; }

    /// <summary>Set by the 导入正文 button: import into the form instead of saving.</summary>
    [BindProperty(Name = "import")]
    public string? Import { get; set; }

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
        if (Import == BodyImport.ButtonValue)
        {
            await BodyImport.RunAsync(this, importDocx, BodyDocx, Form, cancellationToken);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await updateDraft.RunAsync(AgencyId, ItemId, PublishingActor.From(User, AgencyId), Form.ToInput(), CorrectionReason, cancellationToken);
        if (result.IsSuccess)
        {
            return Redirect($"/staff/agencies/{AgencyId}/items/{ItemId}");
        }

        ModelState.AddErrors(result.Errors, nameof(Form));
        return Page();
    }
}
