using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Web.Security;

namespace OpenGovInfo.Web.Areas.Staff.Pages;

/// <summary>
/// Second step of sign-in: the TOTP code from the staff member's authenticator app, or one of their recovery codes
/// (which has letters and a dash, so one field serves both; each recovery code works once).
/// </summary>
public sealed class LoginWith2faModel(SignInManager<StaffUser> signIn, SignInThrottle throttle, SignInLimits limits) : PageModel
{
    /// <summary>The code typed in.</summary>
    [BindProperty]
    [Required(ErrorMessage = "请输入验证码。")]
    [StringLength(20, MinimumLength = 6, ErrorMessage = "验证码为 6 位数字，恢复码为 11 个字符。")]
    [Display(Name = "验证码")]
    public string Code { get; set; } = string.Empty;

    /// <summary>Where to go afterwards.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>True when a password step has just succeeded.</summary>
    public bool HasPendingSignIn { get; private set; }

    /// <summary>Shows the form, or a hint to sign in again.</summary>
    public async Task OnGetAsync() => HasPendingSignIn = await signIn.GetTwoFactorAuthenticationUserAsync() is not null;

    /// <summary>Checks the code.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        HasPendingSignIn = await signIn.GetTwoFactorAuthenticationUserAsync() is not null;
        if (!HasPendingSignIn || !ModelState.IsValid)
        {
            return Page();
        }

        var address = SignInThrottle.AddressOf(HttpContext);
        if (throttle.IsBlocked(address))
        {
            return SignInRateLimit.TooManyAttempts(HttpContext, limits);
        }

        var code = Code.Replace(" ", string.Empty, StringComparison.Ordinal);
        var authenticatorCode = code.All(char.IsAsciiDigit);
        var result = authenticatorCode
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
        }

        throttle.RecordFailure(address);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? $"账户已临时锁定，请 {StaffIdentityOptions.LockoutDuration.TotalMinutes:0} 分钟后再试。"
            : authenticatorCode ? "验证码不正确或已使用过，请等待验证器显示新的验证码。" : "恢复码不正确或已使用过。");
        return Page();
    }
}
