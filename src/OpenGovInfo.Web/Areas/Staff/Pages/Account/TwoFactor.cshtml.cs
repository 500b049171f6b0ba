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
    /// <summary>Recovery codes per set.</summary>
    public const int RecoveryCodeCount = 10;

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

    /// <summary>The URI as a QR code image (data: URI).</summary>
    public string QrCodeImage { get; private set; } = string.Empty;

    /// <summary>Recovery codes just generated, shown once; each works for one sign-in instead of the authenticator code.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    /// <summary>How many unused recovery codes are left.</summary>
    public int RecoveryCodesLeft { get; private set; }

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
                // Shown in this response only (no redirect): a lost phone must not lock the person out.
                RecoveryCodes = await NewRecoveryCodesAsync(user);
                return await ShowAsync(user);
            }

            ModelState.AddModelError(nameof(Code), "验证码不正确，请确认手机时间准确后重试。");
        }

        return await ShowAsync(user);
    }

    /// <summary>Replaces the recovery codes (the old ones stop working) and shows the new ones once.</summary>
    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        // The code field belongs to the enabling form only.
        ModelState.Clear();
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Forbid();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            RecoveryCodes = await NewRecoveryCodesAsync(user);
        }

        return await ShowAsync(user);
    }

    private async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(StaffUser user) =>
        [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];

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
        QrCodeImage = AuthenticatorQrCode.DataUri(AuthenticatorUri);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        return Page();
    }
}
