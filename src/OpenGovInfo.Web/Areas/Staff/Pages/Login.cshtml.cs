using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Areas.Staff.Pages;

/// <summary>Password sign-in with lockout; hands over to the authenticator step when two-factor is on.</summary>
public sealed class LoginModel(SignInManager<StaffUser> signIn) : PageModel
{
    /// <summary>The form.</summary>
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    /// <summary>Where to go after signing in (local URLs only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks the password.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.UserName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/LoginWith2fa", new { area = "Staff", ReturnUrl });
        }

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "登录失败次数过多，账户已临时锁定，请 15 分钟后再试。"
            : "用户名或密码不正确。");
        return Page();
    }
}
