using System.Security.Cryptography;
using System.Text;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// H3: a finding's id = SHA-256 of (report content hash, rule, key), hex, first 16 characters. Messages are left
/// out so rewording a message does not orphan the verdicts people gave.
/// </summary>
public static class FindingFingerprint
{
    /// <summary>The fingerprint.</summary>
    public static string Of(string contentHash, string rule, string key)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(contentHash + "\n" + rule + "\n" + key));
        return Convert.ToHexStringLower(bytes)[..16];
    }
}
