using Microsoft.AspNetCore.Authentication.Cookies;

namespace OpenGovInfo.Web.Authorization;

/// <summary>The sign-in cookie: 30 minutes idle expiry (sliding), HTTP-only, same-site, 403 page instead of a redirect.</summary>
public static class StaffCookie
{
    /// <summary>Idle time after which a staff member must sign in again.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>Configures the Identity application cookie.</summary>
    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "ogi.staff";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = IdleTimeout;
        options.SlidingExpiration = true;
        options.LoginPath = "/staff/login";
        options.LogoutPath = "/staff/logout";
        options.Events.OnRedirectToAccessDenied = context =>
        {
            // A refused staff member gets a real 403, rendered by the Chinese status page (no redirect to follow).
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }
}
