using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;

namespace OpenGovInfo.Web.Security.HumanChecks;

/// <summary>
/// A sum of two small numbers written in Chinese characters (「七加五等于几？」), answered in digits. It stops scripted
/// form posting that does not read the page, costs a person two seconds, and works with a screen reader. The answer
/// travels in a token protected by the installation's Data Protection keys (shared by every node through the database)
/// and expires after <see cref="Lifetime"/>; a solved token is good for one post. It is not a defence against a bot written for this site; an installation
/// that needs one plugs in its own <see cref="IHumanCheck"/>.
/// </summary>
public sealed class ArithmeticHumanCheck(IDataProtectionProvider protection, IMemoryCache used, TimeProvider clock) : IHumanCheck
{
    private readonly Lock _spend = new();

    /// <summary>How long a question may be answered: long enough to fill in the application form.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(60);

    private static readonly string[] Numerals = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    private readonly IDataProtector _protector = protection.CreateProtector("OpenGovInfo.HumanCheck.Arithmetic");

    /// <inheritdoc />
    public HumanCheckQuestion? Ask()
    {
        var a = RandomNumberGenerator.GetInt32(1, 10);
        var b = RandomNumberGenerator.GetInt32(1, 10);
        // The issue time is checked against the injected clock; the nonce makes equal sums carry different tokens.
        var issued = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var token = _protector.Protect($"{a + b}:{issued}:{Convert.ToHexString(RandomNumberGenerator.GetBytes(8))}");
        return new HumanCheckQuestion($"{Numerals[a]}加{Numerals[b]}等于几？（请填写阿拉伯数字）", token);
    }

    /// <inheritdoc />
    public bool Verify(string? token, string? answer)
    {
        if (string.IsNullOrEmpty(token) || string.IsNullOrWhiteSpace(answer))
        {
            return false;
        }

        string[] parts;
        try
        {
            parts = _protector.Unprotect(token).Split(':');
        }
        catch (CryptographicException)
        {
            // Forged, altered or from another installation: the same as a wrong answer.
            return false;
        }
        catch (FormatException)
        {
            // Not even base64url: a wrong answer too.
            return false;
        }

        if (parts.Length != 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var issued)
            || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(issued) > Lifetime)
        {
            return false;
        }

        // Full-width digits (１２) typed with a Chinese input method are the same answer.
        if (!string.Equals(answer.Normalize(NormalizationForm.FormKC).Trim(), parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        // One answer, one form: a solved token replayed with other posts is refused (per node; a second node would
        // accept it once more, which a rate limit then bounds).
        lock (_spend)
        {
            var key = "human-check:" + parts[2];
            if (used.TryGetValue(key, out _))
            {
                return false;
            }

            used.Set(key, true, Lifetime);
            return true;
        }
    }
}
