using Microsoft.AspNetCore.Identity;

namespace OpenGovInfo.Platform.Staff;

/// <summary>Password policy and lockout for staff accounts (government systems: 等保 level-2 expectations).</summary>
public static class StaffIdentityOptions
{
    /// <summary>Applies the policy.</summary>
    public static void Apply(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = true;
        options.Password.RequiredUniqueChars = 6;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = false;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
