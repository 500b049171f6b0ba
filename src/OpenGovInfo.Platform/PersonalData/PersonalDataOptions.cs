using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace OpenGovInfo.Platform.PersonalData;

/// <summary>
/// Keys of personal data at rest (section <c>PersonalData</c>), from configuration or a secret store, never from the
/// repository: <c>PersonalData:Keys:{id}</c> (base64; SM4 16 bytes, AES 16 or 32), <c>PersonalData:CurrentKey</c>
/// (the id new ciphertext is sealed with), <c>PersonalData:HashKey</c> (base64, at least 16 bytes, separate from
/// the encryption keys), optionally <c>PersonalData:Algorithm</c> (SM4-GCM or AES-GCM) and
/// <c>PersonalData:HashAlgorithm</c> (HMAC-SM3 or HMAC-SHA256). Environment variables work
/// (<c>PersonalData__Keys__k2026=…</c>). With no key configured, a fixed development key is used and
/// <see cref="IsDevelopmentKey"/> is set: the web host refuses to start in Production with it.
/// </summary>
public sealed partial record PersonalDataOptions(
    IReadOnlyDictionary<string, byte[]> Keys,
    string CurrentKey,
    PersonalDataAlgorithm Algorithm,
    byte[] HashKey,
    ApplicantKeyAlgorithm HashAlgorithm,
    bool IsDevelopmentKey)
{
    /// <summary>Id of the development key: visible in every ciphertext it sealed.</summary>
    public const string DevelopmentKeyId = "DEV-NOT-SECRET";

    /// <summary>The configuration section.</summary>
    public const string Section = "PersonalData";

    /// <summary>Reads the section; a malformed value is a configuration error with a message naming it.</summary>
    public static PersonalDataOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var algorithm = ParseAlgorithm(section["Algorithm"]);
        var hashAlgorithm = ParseHashAlgorithm(section["HashAlgorithm"]);
        var current = section["CurrentKey"];
        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var child in section.GetSection("Keys").GetChildren())
        {
            if (!string.IsNullOrWhiteSpace(child.Value))
            {
                keys[CheckedId(child.Key)] = Decode($"{Section}:Keys:{child.Key}", child.Value);
            }
        }

        if (string.IsNullOrWhiteSpace(current) && keys.Count == 0)
        {
            return Development(algorithm, hashAlgorithm);
        }

        if (string.IsNullOrWhiteSpace(current) || !keys.TryGetValue(current, out var currentKey))
        {
            throw new InvalidOperationException(
                $"个人信息加密配置有误：{Section}:CurrentKey（“{current}”）必须是 {Section}:Keys 下已配置的一个密钥编号。");
        }

        CheckLength(algorithm, current, currentKey);
        var hashText = section["HashKey"];
        if (string.IsNullOrWhiteSpace(hashText))
        {
            throw new InvalidOperationException($"个人信息加密配置有误：缺少 {Section}:HashKey（用于查重的独立密钥，base64，至少 16 字节）。");
        }

        var hashKey = Decode($"{Section}:HashKey", hashText);
        if (hashKey.Length < 16)
        {
            throw new InvalidOperationException($"个人信息加密配置有误：{Section}:HashKey 至少 16 字节。");
        }

        return new PersonalDataOptions(keys, current, algorithm, hashKey, hashAlgorithm, false);
    }

    /// <summary>
    /// The development key ring: derived from a published text, so it protects nothing; for demos and tests only,
    /// and named so in every ciphertext it seals.
    /// </summary>
    public static PersonalDataOptions Development(
        PersonalDataAlgorithm algorithm = PersonalDataAlgorithm.Sm4Gcm, ApplicantKeyAlgorithm hashAlgorithm = ApplicantKeyAlgorithm.HmacSm3)
    {
        var key = SHA256.HashData(Encoding.UTF8.GetBytes("OpenGovInfo development personal-data key: NOT SECRET, never for production"));
        var hashKey = SHA256.HashData(Encoding.UTF8.GetBytes("OpenGovInfo development applicant hash key: NOT SECRET, never for production"));
        return new PersonalDataOptions(
            new Dictionary<string, byte[]>(StringComparer.Ordinal) { [DevelopmentKeyId] = key[..16] },
            DevelopmentKeyId, algorithm, hashKey, hashAlgorithm, true);
    }

    /// <summary>Checks that <paramref name="key"/> fits <paramref name="algorithm"/>.</summary>
    internal static void CheckLength(PersonalDataAlgorithm algorithm, string id, byte[] key)
    {
        var fits = algorithm == PersonalDataAlgorithm.Sm4Gcm ? key.Length == 16 : key.Length is 16 or 32;
        if (!fits)
        {
            throw new InvalidOperationException(algorithm == PersonalDataAlgorithm.Sm4Gcm
                ? $"个人信息加密配置有误：SM4 密钥“{id}”应为 16 字节，实为 {key.Length} 字节。"
                : $"个人信息加密配置有误：AES 密钥“{id}”应为 16 或 32 字节，实为 {key.Length} 字节。");
        }
    }

    private static string CheckedId(string id) =>
        KeyIdPattern().IsMatch(id)
            ? id
            : throw new InvalidOperationException($"个人信息加密配置有误：密钥编号“{id}”只能由字母、数字、-、_ 组成（至多 32 个字符）。");

    private static byte[] Decode(string name, string value)
    {
        try
        {
            return Convert.FromBase64String(value.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"个人信息加密配置有误：{name} 不是有效的 base64。");
        }
    }

    private static PersonalDataAlgorithm ParseAlgorithm(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SM4-GCM" or "SM4" => PersonalDataAlgorithm.Sm4Gcm,
        "AES-GCM" or "AES" => PersonalDataAlgorithm.AesGcm,
        _ => throw new InvalidOperationException($"{Section}:Algorithm 的值“{name}”无效，应为 SM4-GCM 或 AES-GCM。"),
    };

    private static ApplicantKeyAlgorithm ParseHashAlgorithm(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        null or "" or "HMAC-SM3" or "SM3" => ApplicantKeyAlgorithm.HmacSm3,
        "HMAC-SHA256" or "HMAC-SHA-256" or "SHA-256" or "SHA256" => ApplicantKeyAlgorithm.HmacSha256,
        _ => throw new InvalidOperationException($"{Section}:HashAlgorithm 的值“{name}”无效，应为 HMAC-SM3 或 HMAC-SHA256。"),
    };

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex KeyIdPattern();
}
