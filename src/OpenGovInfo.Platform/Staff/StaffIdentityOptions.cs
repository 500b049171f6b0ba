using Microsoft.AspNetCore.Identity;

namespace OpenGovInfo.Platform.Staff;

/// <summary>
/// Password policy and lockout for staff accounts (government systems: 等保 level-2 expectations). The account
/// lock-out is the backstop against guessing spread over many addresses; one address is stopped earlier by the web
/// edge's per-address limit (5 failures in 15 minutes, below <see cref="MaxFailedAttempts"/>), so nobody can lock a
/// colleague's account from one machine, and a lock-out is short (ADR 0012).
/// </summary>
public static class StaffIdentityOptions
{
    /// <summary>Consecutive failures that lock an account.</summary>
    public const int MaxFailedAttempts = 10;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);

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
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.User.RequireUniqueEmail = false;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
