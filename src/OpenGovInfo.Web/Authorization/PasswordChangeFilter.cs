using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Authorization;

/// <summary>
/// Sends a staff member whose password was issued by an administrator (new account, reset) to the change-password
/// page until they have chosen their own: the administrator saw that password, so it must not stay in use.
/// </summary>
public sealed class PasswordChangeFilter : IAsyncPageFilter
{
    /// <summary>Where the user is sent.</summary>
    public const string ChangePasswordPath = "/staff/account/password";

    // The pages that still work meanwhile: changing the password, and leaving.
    private static readonly string[] Exempt = ["/Account/Password", "/Logout", "/Login", "/LoginWith2fa"];

    /// <inheritdoc />
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var page = context.ActionDescriptor.ViewEnginePath;
        if (context.HttpContext.User.HasClaim(c => c.Type == StaffClaims.MustChangePassword)
            && !Exempt.Contains(page, StringComparer.OrdinalIgnoreCase))
        {
            context.Result = new RedirectResult(ChangePasswordPath);
            return;
        }

        await next();
    }
}
