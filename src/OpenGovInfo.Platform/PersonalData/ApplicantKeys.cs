using System.Security.Cryptography;
using System.Text;
using OpenGovInfo.Domain.Applications.Applicants;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace OpenGovInfo.Platform.PersonalData;

/// <summary>
/// The applicant key: a keyed hash (HMAC-SM3 or HMAC-SHA256, with a key of its own) of the applicant's kind and
/// normalised identifying number. Equal numbers give equal keys, so 重复申请 and "另有 N 件申请" are found by an
/// indexed equality in SQL without decrypting anything; without the key the 10^8-odd possible ID numbers cannot be
/// hashed to reverse it, as a plain SHA-256 could.
/// </summary>
public sealed class ApplicantKeys(PersonalDataOptions options)
{
    /// <summary>The key of <paramref name="applicant"/>.</summary>
    public string Of(ApplicantDetails applicant)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        return Of(applicant.IsNaturalPerson, applicant.Identifier);
    }

    /// <summary>The key of a natural person's (or organisation's) identifying number.</summary>
    public string Of(bool naturalPerson, string? identifier)
    {
        var input = Encoding.UTF8.GetBytes($"{(naturalPerson ? "natural" : "organisation")}:{Normalise(identifier)}");
        if (options.HashAlgorithm == ApplicantKeyAlgorithm.HmacSha256)
        {
            return Convert.ToHexStringLower(HMACSHA256.HashData(options.HashKey, input));
        }

        var mac = new HMac(new SM3Digest());
        mac.Init(new KeyParameter(options.HashKey));
        mac.BlockUpdate(input, 0, input.Length);
        var output = new byte[mac.GetMacSize()];
        mac.DoFinal(output, 0);
        return Convert.ToHexStringLower(output);
    }

    /// <summary>Full-width forms folded (NFKC), spaces and dashes dropped, upper case: one number, one key.</summary>
    public static string Normalise(string? identifier) =>
        new((identifier ?? string.Empty).Normalize(NormalizationForm.FormKC)
            .Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '‐' or '—'))
            .Select(char.ToUpperInvariant).ToArray());
}
