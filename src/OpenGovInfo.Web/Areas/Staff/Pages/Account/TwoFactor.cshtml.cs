using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Account;

/// <summary>Enables TOTP two-factor sign-in with Identity's authenticator token provider.</summary>
public sealed class TwoFactorModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn) : PageModel
{
    /// <summary>The code from the authenticator app.</summary>
    [BindProperty]
    [Required(ErrorMessage = "请输入验证码。")]
    [StringLength(7, MinimumLength = 6, ErrorMessage = "验证码为 6 位数字。")]
    [Display(Name = "验证码")]
    public string Code { get; set; } = string.Empty;

    /// <summary>True when two-factor is already on.</summary>
    public bool Enabled { get; private set; }

    /// <summary>The shared key in groups of four.</summary>
    public string FormattedKey { get; private set; } = string.Empty;

    /// <summary>The otpauth:// URI authenticator apps read.</summary>
    public string AuthenticatorUri { get; private set; } = string.Empty;

    /// <summary>Shows the key (created on first visit).</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Forbid() : await ShowAsync(user);
    }

    /// <summary>Verifies a code and turns two-factor on.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var code = Code.Replace(" ", string.Empty, StringComparison.Ordinal);
            var provider = users.Options.Tokens.AuthenticatorTokenProvider;
            if (await users.VerifyTwoFactorTokenAsync(user, provider, code))
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                // Enabling 2FA renews the security stamp, which every request checks: renew this browser's cookie.
                await signIn.RefreshSignInAsync(user);
                return Redirect("/staff/account/2fa");
            }

            ModelState.AddModelError(nameof(Code), "验证码不正确，请确认手机时间准确后重试。");
        }

        return await ShowAsync(user);
    }

    private async Task<IActionResult> ShowAsync(StaffUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
        }

        FormattedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLower(CultureInfo.InvariantCulture);
        AuthenticatorUri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/OpenGovInfo:{Uri.EscapeDataString(user.UserName ?? string.Empty)}?secret={key}&issuer=OpenGovInfo&digits=6");
        return Page();
    }
}
