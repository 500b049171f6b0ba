using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Web.Security;
using OpenGovInfo.Web.Security.HumanChecks;

namespace OpenGovInfo.Web.Areas.Staff.Pages;

/// <summary>
/// Password sign-in with lockout; hands over to the authenticator step when two-factor is on. An address with too
/// many failures gets 429 before its password is checked; an unknown user name costs the same hash work as a known one.
/// </summary>
public sealed class LoginModel(SignInManager<StaffUser> signIn, SignInThrottle throttle, SignInLimits limits, UnknownUserPasswordCheck unknownUser,
    IHumanCheck humanCheck) : PageModel
{
    /// <summary>The form.</summary>
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    /// <summary>Where to go after signing in (local URLs only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The human check's question, when the installation asks one.</summary>
    public HumanCheckQuestion? Question { get; private set; }

    /// <summary>The question's token.</summary>
    [BindProperty]
    public string? HumanCheckToken { get; set; }

    /// <summary>The answer typed.</summary>
    [BindProperty]
    public string? HumanCheckAnswer { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet() => Question = humanCheck.Ask();

    /// <inheritdoc />
    public override void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context)
    {
        // Whatever the outcome of a post, a form shown again carries a new question (the old one is spent).
        Question ??= humanCheck.Ask();
        base.OnPageHandlerExecuted(context);
    }

    /// <summary>Checks the password.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var address = SignInThrottle.AddressOf(HttpContext);
        if (throttle.IsBlocked(address))
        {
            return SignInRateLimit.TooManyAttempts(HttpContext, limits);
        }

        if (!humanCheck.Verify(HumanCheckToken, HumanCheckAnswer))
        {
            // Before the password is looked at: a refused check tells nothing about the account and costs it no attempt.
            throttle.RecordFailure(address);
            ModelState.AddModelError(string.Empty, HumanCheckMessages.Wrong);
            return Page();
        }

        var user = await signIn.UserManager.FindByNameAsync(Input.UserName);
        if (user is null)
        {
            unknownUser.Spend(Input.Password);
            throttle.RecordFailure(address);
            ModelState.AddModelError(string.Empty, "用户名或密码不正确。");
            return Page();
        }

        if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            // Identity answers a locked account without hashing: spend the work here, or the time would tell.
            unknownUser.Spend(Input.Password);
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded && !result.RequiresTwoFactor)
        {
            throttle.RecordFailure(address);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/LoginWith2fa", new { area = "Staff", ReturnUrl });
        }

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
        }

        // A disabled account is "locked out" for good (StaffAccountState): say so rather than "try in 5 minutes".
        ModelState.AddModelError(string.Empty, !result.IsLockedOut ? "用户名或密码不正确。"
            : StaffAccountState.IsDisabled(user) ? "账号已停用，请联系本机关管理员。"
            : $"登录失败次数过多，账户已临时锁定，请 {StaffIdentityOptions.LockoutDuration.TotalMinutes:0} 分钟后再试。");
        return Page();
    }
}
