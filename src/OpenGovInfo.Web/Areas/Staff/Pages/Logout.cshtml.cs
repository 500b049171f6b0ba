using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Areas.Staff.Pages;

/// <summary>Signs out (POST only; GET shows a confirmation so a link cannot sign anyone out).</summary>
public sealed class LogoutModel(SignInManager<StaffUser> signIn) : PageModel
{
    /// <summary>Confirmation.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs out and returns to the portal.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
