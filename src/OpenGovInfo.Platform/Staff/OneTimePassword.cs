using System.Security.Cryptography;

namespace OpenGovInfo.Platform.Staff;

/// <summary>
/// A random password for a new or reset account, shown to the administrator once. It always satisfies
/// <see cref="StaffIdentityOptions"/> (length, upper, lower, digit, symbol, distinct characters), and leaves out
/// look-alike characters (0/O, 1/l/I) because it is read aloud or copied by hand.
/// </summary>
public static class OneTimePassword
{
    /// <summary>Length of a generated password (policy minimum is 12).</summary>
    public const int Length = 16;

    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "#@!%+=?";
    private const string Any = Upper + Lower + Digits + Symbols;

    /// <summary>A new password from the operating system's cryptographic random source.</summary>
    public static string Generate()
    {
        var chars = new char[Length];
        chars[0] = Pick(Upper);
        chars[1] = Pick(Lower);
        chars[2] = Pick(Digits);
        chars[3] = Pick(Symbols);
        for (var i = 4; i < Length; i++)
        {
            chars[i] = Pick(Any);
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        // 16 characters over 71 symbols repeat rarely, but the policy wants 6 distinct ones: draw again if not.
        return chars.Distinct().Count() >= 6 ? new string(chars) : Generate();
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}
