using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Areas.Staff.Pages;

/// <summary><c>/staff</c>: sends a signed-in staff member to their own agency's dashboard.</summary>
public sealed class StaffIndexModel : PageModel
{
    /// <summary>Redirects; a user without an agency claim is refused.</summary>
    public IActionResult OnGet() =>
        StaffClaims.AgencyOf(User) is { } agencyId ? Redirect($"/staff/agencies/{agencyId}") : Forbid();
}
