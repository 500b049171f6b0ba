using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Web.Applications;

namespace OpenGovInfo.Web.Pages.Apply;

/// <summary>
/// The applicant's tracking page. Code and key are posted (never in a URL, so never in logs or history); an unknown
/// code and a wrong key get the same message; lookups are rate-limited per address.
/// </summary>
[EnableRateLimiting(ApplicationRateLimits.Tracking)]
public sealed class TrackModel(TrackApplication track) : PageModel
{
    private const string NotFoundMessage = "未找到该申请，请核对查询码和查询密码。";

    /// <summary>查询码.</summary>
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>查询密码 (kept only to render the download forms of this response).</summary>
    [BindProperty]
    public string? Key { get; set; }

    /// <summary>The letter to download.</summary>
    [BindProperty]
    public int DocumentId { get; set; }

    /// <summary>The case found.</summary>
    public TrackedCase? Case { get; private set; }

    /// <summary>The empty form.</summary>
    public void OnGet() => Response.Headers.CacheControl = "no-store";

    /// <summary>Looks the case up.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Case = await track.RunAsync(Code, Key, cancellationToken);
        if (Case is null)
        {
            ModelState.AddModelError(string.Empty, NotFoundMessage);
        }

        return Page();
    }

    /// <summary>Downloads a dispatched letter.</summary>
    public async Task<IActionResult> OnPostDocumentAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var document = await track.DocumentAsync(Code, Key, DocumentId, cancellationToken);
        if (document is null)
        {
            ModelState.AddModelError(string.Empty, NotFoundMessage);
            return Page();
        }

        return File(document.Content, document.ContentType, document.DisplayName);
    }
}
