using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Items;

/// <summary>
/// An item's attachment for its reviewers, in any state: 保密审查 of an item covers its files. Only the agency's
/// workflow staff and 政务公开办 reach it (policy <c>agency-review-files</c>). PDF and images open in the browser,
/// under a sandboxing CSP so that a hostile file runs nothing with the back office's origin; other types download.
/// </summary>
public sealed class AttachmentModel(GetAttachment getAttachment) : PageModel
{
    /// <summary>
    /// The response's policy: a sandbox (unique origin, no scripts, no forms, no plug-in access to the back office), no
    /// fetches of its own; inline styles for the browser's own image and PDF viewers.
    /// </summary>
    public const string PreviewPolicy = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'none'";

    // Types the browser displays itself without running anything of the file's; sniffed on upload, never the uploader's word.
    private static readonly HashSet<string> InlineTypes = new(StringComparer.Ordinal) { "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp" };

    /// <summary>True when the browser shows files of <paramref name="contentType"/> itself (the 预览 link).</summary>
    public static bool OpensInline(string contentType) => InlineTypes.Contains(contentType);

    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>The item in the route.</summary>
    [FromRoute]
    public int ItemId { get; set; }

    /// <summary>The attachment in the route.</summary>
    [FromRoute]
    public int AttachmentId { get; set; }

    /// <summary>True to save the file even when the browser could show it.</summary>
    [FromQuery(Name = "download")]
    public bool Download { get; set; }

    /// <summary>The file, inline or as a download.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var file = await getAttachment.ForReviewAsync(AgencyId, ItemId, AttachmentId, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        var inline = !Download && OpensInline(file.ContentType);
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(file.DisplayName);
        var headers = Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = PreviewPolicy;
        // Unpublished files stay out of shared caches and the browser's disk cache.
        headers.CacheControl = "private, no-store";
        return File(file.Bytes, file.ContentType);
    }
}
