using System.Security.Cryptography;
using System.Text;

namespace OpenGovInfo.Platform.Applications;

/// <summary>
/// 查询码 and 查询密码. The tracking code names a case; the access key opens it. Only the key's SHA-256 is stored, and
/// it is compared in constant time, so that neither a database reader nor a timing probe learns it. A form's one-time
/// submission token determines its key, so that a double-clicked form shows the applicant the same code and key.
/// </summary>
public static class CaseAccessCodes
{
    // No 0/O, 1/I/L: codes are read over the phone and typed from paper.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>Length of an access key: 12 characters of 31 (≈ 59 bits).</summary>
    public const int AccessKeyLength = 12;

    /// <summary>A new tracking code such as <c>2026-7KX4M2PQ3R</c> (year of receipt, ten random characters).</summary>
    public static string NewTrackingCode(int year) => $"{year}-{Random(10)}";

    /// <summary>True for text shaped like a tracking code (four-digit year, a dash, letters and digits).</summary>
    public static bool LooksLikeTrackingCode(string text) =>
        text.Length is > 5 and <= 20 && text[..4].All(char.IsAsciiDigit) && text[4] == '-' && text[5..].All(char.IsAsciiLetterOrDigit);

    /// <summary>A new random access key.</summary>
    public static string NewAccessKey() => Random(AccessKeyLength);

    /// <summary>A new one-time submission token for a form (256 bits, URL-safe).</summary>
    public static string NewSubmissionToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>True when <paramref name="token"/> looks like a token this class issued (a client cannot pick a weak one).</summary>
    public static bool IsSubmissionToken(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The access key belonging to a submission token.</summary>
    public static string AccessKeyFor(string submissionToken)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("opengovinfo/access-key/" + submissionToken));
        var key = new StringBuilder(AccessKeyLength);
        for (var i = 0; i < AccessKeyLength; i++)
        {
            key.Append(Alphabet[hash[i] % Alphabet.Length]);
        }

        return key.ToString();
    }

    /// <summary>SHA-256 (hex) of a key, token or applicant identifier.</summary>
    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>True when <paramref name="key"/> (as typed: case and spaces ignored) matches <paramref name="storedHash"/>.</summary>
    public static bool Matches(string? key, string storedHash)
    {
        var typed = Hash(Normalise(key));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(typed), Encoding.ASCII.GetBytes(storedHash));
    }

    /// <summary>A typed code or key in canonical form.</summary>
    public static string Normalise(string? text) =>
        new((text ?? string.Empty).Trim().ToUpperInvariant().Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string Random(int length) => RandomNumberGenerator.GetString(Alphabet, length);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
