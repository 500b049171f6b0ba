using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace OpenGovInfo.Platform.Staff;

/// <summary>
/// TOTP (RFC 6238) as Identity's authenticator provider checks it — 6 digits, 30-second steps, two steps of clock
/// drift either way — but each code is accepted once: the last accepted time step is kept per user in the Identity
/// user tokens (AspNetUserTokens), and a code of that step or an earlier one is refused. An observed or phished code
/// therefore cannot be replayed within its validity window. Two concurrent uses race on the user's concurrency
/// stamp: the second save fails, and so does its sign-in.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<StaffUser>
{
    /// <summary>The user-token login provider under which the last step is stored.</summary>
    public const string TokenLoginProvider = "[OpenGovInfo]";

    /// <summary>The user-token name of the last accepted time step.</summary>
    public const string LastStepTokenName = "LastTotpStep";

    private static readonly VerificationWindow Drift = new(previous: 2, future: 2);

    /// <inheritdoc />
    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out var step, Drift))
        {
            return false;
        }

        var last = await manager.GetAuthenticationTokenAsync(user, TokenLoginProvider, LastStepTokenName).ConfigureAwait(false);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep)
        {
            return false;
        }

        var saved = await manager.SetAuthenticationTokenAsync(user, TokenLoginProvider, LastStepTokenName,
            step.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        return saved.Succeeded;
    }
}
