using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Items;

/// <summary>An editor drafts a new item (the use case refuses anyone without the 信息员 role).</summary>
public sealed class NewModel(CreateDraft createDraft, TimeProvider clock) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>The form.</summary>
    [BindProperty]
    public ItemForm Form { get; set; } = new();

    /// <summary>Shows an empty form dated today.</summary>
    public void OnGet() => Form.FormedOn = Domain.Calendar.ChinaTime.Today(clock);

    /// <summary>Creates the draft and goes to its page.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await createDraft.RunAsync(AgencyId, PublishingActor.From(User), Form.ToInput(), cancellationToken);
        if (result.IsSuccess)
        {
            return Redirect($"/staff/agencies/{AgencyId}/items/{result.Value}");
        }

        ModelState.AddErrors(result.Errors, nameof(Form));
        return Page();
    }
}
