using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Items;

/// <summary>
/// Attachment upload. The only page whose request limit is raised (to the attachment limit plus form overhead); the
/// file itself is sniffed and checked by <see cref="AddAttachment"/>.
/// </summary>
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class AttachmentsModel(AddAttachment addAttachment) : PageModel
{
    /// <summary>Largest request accepted here.</summary>
    public const long UploadLimit = AddAttachment.MaxBytes + (64 * 1024);

    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>The item in the route.</summary>
    [FromRoute]
    public int ItemId { get; set; }

    /// <summary>The uploaded file.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Stores the file or shows why it was refused.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null)
        {
            ModelState.AddModelError(nameof(Upload), "请选择要上传的文件。");
            return Page();
        }

        await using var stream = Upload.OpenReadStream();
        var result = await addAttachment.RunAsync(AgencyId, ItemId, PublishingActor.From(User, AgencyId), Upload.FileName, Upload.ContentType, stream, cancellationToken);
        if (result.IsSuccess)
        {
            return Redirect($"/staff/agencies/{AgencyId}/items/{ItemId}");
        }

        ModelState.AddErrors(result.Errors, string.Empty);
        return Page();
    }
}
