using Microsoft.AspNetCore.Identity;

namespace OpenGovInfo.Platform.Staff;

/// <summary>
/// "Must choose a new password at next sign-in", after an administrator created the account or reset its password.
/// Kept as an Identity user token (AspNetUserTokens, as <see cref="SingleUseAuthenticatorTokenProvider"/> keeps its
/// last step), so that no column is added; the claims factory turns it into <see cref="StaffClaims.MustChangePassword"/>
/// and the back office sends such a user to the change-password page until it is done.
/// </summary>
public static class PasswordChangeRequired
{
    /// <summary>The user-token name of the flag (under <see cref="SingleUseAuthenticatorTokenProvider.TokenLoginProvider"/>).</summary>
    public const string TokenName = "MustChangePassword";

    /// <summary>True when the user must change the password.</summary>
    public static async Task<bool> IsRequiredAsync(UserManager<StaffUser> users, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(users);
        return await users.GetAuthenticationTokenAsync(user, SingleUseAuthenticatorTokenProvider.TokenLoginProvider, TokenName)
            .ConfigureAwait(false) is not null;
    }

    /// <summary>Sets the flag.</summary>
    public static Task<IdentityResult> RequireAsync(UserManager<StaffUser> users, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(users);
        return users.SetAuthenticationTokenAsync(user, SingleUseAuthenticatorTokenProvider.TokenLoginProvider, TokenName, "1");
    }

    /// <summary>Clears the flag.</summary>
    public static Task<IdentityResult> ClearAsync(UserManager<StaffUser> users, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(users);
        return users.RemoveAuthenticationTokenAsync(user, SingleUseAuthenticatorTokenProvider.TokenLoginProvider, TokenName);
    }
}
