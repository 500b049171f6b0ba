using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using OpenGovInfo.Web.Portal;

namespace OpenGovInfo.Web.Pages;

/// <summary>
/// The open API explained in Chinese for developers (/developers). The interactive console (Scalar, English) is
/// linked from here and from the footer's developer link, not from the citizens' menu.
/// </summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class DevelopersModel : PageModel
{
    /// <summary>This site's scheme and host, for the copy-paste example.</summary>
    public string Origin => $"{Request.Scheme}://{Request.Host}";
}
