using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Items;

/// <summary>撤下附件: the editor removes an attachment from a draft or returned item, with a reason (the use case decides who may).</summary>
public sealed class RemoveAttachmentModel(GetItem getItem, RemoveAttachment remove) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>The item in the route.</summary>
    [FromRoute]
    public int ItemId { get; set; }

    /// <summary>The attachment in the route.</summary>
    [FromRoute]
    public int AttachmentId { get; set; }

    /// <summary>Why it is removed.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The attachment's name.</summary>
    public string DisplayName { get; private set; } = string.Empty;

    /// <summary>Shows the form.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>Removes the attachment, or shows why not.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await remove.RunAsync(AgencyId, ItemId, AttachmentId, Reason, PublishingActor.From(User, AgencyId), cancellationToken);
        if (result.IsSuccess)
        {
            return Redirect($"/staff/agencies/{AgencyId}/items/{ItemId}");
        }

        ModelState.AddErrors(result.Errors, string.Empty);
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var item = await getItem.ForStaffAsync(AgencyId, ItemId, cancellationToken);
        var attachment = item.IsSuccess ? item.Value.Attachments.FirstOrDefault(a => a.Id == AttachmentId) : null;
        DisplayName = attachment?.DisplayName ?? string.Empty;
        return attachment is not null;
    }
}
