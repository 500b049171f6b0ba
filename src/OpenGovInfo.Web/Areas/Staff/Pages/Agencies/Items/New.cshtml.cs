using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Items;

/// <summary>An editor drafts a new item (the use case refuses anyone without the 信息员 role).</summary>
[RequestSizeLimit(BodyImport.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = BodyImport.RequestLimit)]
public sealed class NewModel(ImportDocxBody importDocx, CreateDraft createDraft, TimeProvider clock) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>The form.</summary>
    [BindProperty]
    public ItemForm Form { get; set; } = new();

    /// <summary>A Word file whose body replaces the form's (导入正文).</summary>
    [BindProperty(Name = BodyImport.FileField)]
    public IFormFile? BodyDocx { get; set; }

    /// <summary>Set by the 导入正文 button: import into the form instead of saving.</summary>
    [BindProperty(Name = "import")]
    public string? Import { get; set; }

    /// <summary>Shows an empty form dated today.</summary>
    public void OnGet() => Form.FormedOn = Domain.Calendar.ChinaTime.Today(clock);

    /// <summary>Creates the draft and goes to its page.</summary>
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

        var result = await createDraft.RunAsync(AgencyId, PublishingActor.From(User, AgencyId), Form.ToInput(), cancellationToken);
        if (result.IsSuccess)
        {
            return Redirect($"/staff/agencies/{AgencyId}/items/{result.Value}");
        }

        ModelState.AddErrors(result.Errors, nameof(Form));
        return Page();
    }
}
