using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Areas.Staff.Pages;

/// <summary>Signs out (POST only; GET shows a confirmation so a link cannot sign anyone out).</summary>
public sealed class LogoutModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users) : PageModel
{
    /// <summary>Confirmation.</summary>
    public void OnGet()
    {
    }

    /// <summary>
    /// Signs out everywhere and returns to the portal: the new security stamp makes every copy of this user's cookie
    /// (another browser, a stolen one) invalid at its next request, not only the one this browser deletes.
    /// </summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
