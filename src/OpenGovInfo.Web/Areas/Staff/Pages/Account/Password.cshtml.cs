using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Account;

/// <summary>修改密码 for any staff member; the current password is required. Other sessions of the user end.</summary>
public sealed class PasswordModel(ChangeOwnPassword change, UserManager<StaffUser> users, SignInManager<StaffUser> signIn) : PageModel
{
    /// <summary>The form.</summary>
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    /// <summary>True after a successful change.</summary>
    [FromQuery(Name = "saved")]
    public bool Saved { get; set; }

    /// <summary>True when the password was issued by an administrator and must be changed now.</summary>
    public bool MustChange => User.HasClaim(c => c.Type == StaffClaims.MustChangePassword);

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Changes the password.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userId = users.GetUserId(User);
        var result = await change.RunAsync(userId, new ChangeOwnPasswordRequest(Input.CurrentPassword, Input.NewPassword), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            return Page();
        }

        // The new security stamp ends every other session; this browser gets a fresh cookie (without the
        // must-change claim) and stays signed in.
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is not null)
        {
            await signIn.RefreshSignInAsync(user);
        }

        return Redirect("/staff/account/password?saved=true");
    }
}
