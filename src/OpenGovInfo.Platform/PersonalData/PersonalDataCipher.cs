using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace OpenGovInfo.Platform.PersonalData;

/// <summary>
/// Seals and opens one column value of personal data. Sealed text is <c>ogi1:{SM4|AES}:{key id}:{base64(nonce ‖
/// ciphertext ‖ tag)}</c>: it names its key, so keys rotate (<see cref="RekeyPersonalData"/>), and its algorithm, so
/// switching algorithm never strands old rows. The tag also covers the prefix and the column's name, so a value
/// altered, re-labelled or copied into another column fails to open instead of reading as something else.
/// </summary>
public sealed class PersonalDataCipher
{
    /// <summary>Prefix of every sealed value.</summary>
    public const string Prefix = "ogi1:";

    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly PersonalDataOptions _options;

    /// <summary>Creates the cipher for <paramref name="options"/>.</summary>
    public PersonalDataCipher(PersonalDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        Fingerprint = FingerprintOf(options);
    }

    /// <summary>Id of the key new values are sealed with.</summary>
    public string CurrentKey => _options.CurrentKey;

    /// <summary>True when sealing with the published development key.</summary>
    public bool IsDevelopmentKey => _options.IsDevelopmentKey;

    /// <summary>A digest of the whole key ring: two ciphers with equal fingerprints seal and open alike.</summary>
    internal string Fingerprint { get; }

    /// <summary>True when <paramref name="stored"/> has the form of a sealed value (not that it opens).</summary>
    public static bool IsSealed([NotNullWhen(true)] string? stored) => stored is not null && stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The key id a sealed value names, or null for anything else.</summary>
    public static string? KeyIdOf(string? stored)
    {
        var parts = IsSealed(stored) ? stored.Split(':') : [];
        return parts.Length == 4 ? parts[2] : null;
    }

    /// <summary>Seals <paramref name="plaintext"/> of column <paramref name="field"/> with the current key.</summary>
    public string Seal(string field, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var algorithm = _options.Algorithm == PersonalDataAlgorithm.Sm4Gcm ? "SM4" : "AES";
        var header = $"{Prefix}{algorithm}:{_options.CurrentKey}:";
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var input = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceBytes + input.Length + TagBytes];
        nonce.CopyTo(output, 0);
        Transform(true, algorithm, _options.Keys[_options.CurrentKey], nonce, Aad(header, field), input, output.AsSpan(NonceBytes));
        return header + Convert.ToBase64String(output);
    }

    /// <summary>Opens a sealed value of column <paramref name="field"/>; throws <see cref="PersonalDataException"/> if it cannot.</summary>
    public string Open(string field, string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split(':');
        if (!IsSealed(stored) || parts.Length != 4 || parts[1] is not ("SM4" or "AES"))
        {
            throw new PersonalDataException($"个人信息字段 {field} 存储的不是本平台的密文（可能被直接改写或尚未加密存量数据）：拒绝读取。");
        }

        if (!_options.Keys.TryGetValue(parts[2], out var key))
        {
            throw new PersonalDataException(
                $"个人信息字段 {field} 由密钥“{parts[2]}”加密，而该密钥未配置（{PersonalDataOptions.Section}:Keys:{parts[2]}）。请配置该密钥，或在删除它之前运行 ogi personal-data rekey。");
        }

        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            throw new PersonalDataException($"个人信息字段 {field} 的密文已损坏（不是有效的 base64）：拒绝读取。");
        }

        if (sealedBytes.Length < NonceBytes + TagBytes)
        {
            throw new PersonalDataException($"个人信息字段 {field} 的密文已损坏（长度不足）：拒绝读取。");
        }

        var header = stored[..(stored.Length - parts[3].Length)];
        var output = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        try
        {
            Transform(false, parts[1], key, sealedBytes[..NonceBytes], Aad(header, field), sealedBytes.AsSpan(NonceBytes), output);
        }
        catch (Exception ex) when (ex is InvalidCipherTextException or AuthenticationTagMismatchException or CryptographicException or ArgumentException)
        {
            throw new PersonalDataException($"个人信息字段 {field} 的密文校验失败（被篡改、被移到其他字段，或密钥“{parts[2]}”的值不对）：拒绝读取。", ex);
        }

        return Encoding.UTF8.GetString(output);
    }

    private static byte[] Aad(string header, string field) => Encoding.UTF8.GetBytes(header + field);

    private static void Transform(bool seal, string algorithm, byte[] key, byte[] nonce, byte[] aad, ReadOnlySpan<byte> input, Span<byte> output)
    {
        if (algorithm == "AES")
        {
            using var aes = new AesGcm(key, TagBytes);
            if (seal)
            {
                aes.Encrypt(nonce, input, output[..input.Length], output[input.Length..], aad);
            }
            else
            {
                aes.Decrypt(nonce, input[..^TagBytes], input[^TagBytes..], output, aad);
            }

            return;
        }

        // BouncyCastle's GCM appends the tag on sealing and checks it on opening (InvalidCipherTextException).
        var gcm = new GcmBlockCipher(new SM4Engine());
        gcm.Init(seal, new AeadParameters(new KeyParameter(key), TagBytes * 8, nonce, aad));
        var buffer = new byte[gcm.GetOutputSize(input.Length)];
        var length = gcm.ProcessBytes(input.ToArray(), 0, input.Length, buffer, 0);
        length += gcm.DoFinal(buffer, length);
        buffer.AsSpan(0, length).CopyTo(output);
    }

    private static string FingerprintOf(PersonalDataOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{options.Algorithm}|{options.CurrentKey}|"));
        foreach (var (id, key) in options.Keys.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(id + "="));
            hash.AppendData(key);
            hash.AppendData("|"u8);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
