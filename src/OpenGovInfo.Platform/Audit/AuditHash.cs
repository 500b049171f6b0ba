using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace OpenGovInfo.Platform.Audit;

/// <summary>
/// The chain's arithmetic, free of the database: a record's canonical form and
/// hash = H(previous hash ‖ canonical form), lower-case hex.
/// </summary>
public static class AuditHash
{
    /// <summary>Name stored with each record.</summary>
    public static string Name(AuditHashAlgorithm algorithm) => algorithm switch
    {
        AuditHashAlgorithm.Sm3 => "SM3",
        AuditHashAlgorithm.Sha256 => "SHA-256",
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    /// <summary>Parses SM3 / SHA-256 (also SHA256), case-insensitively.</summary>
    public static bool TryParse(string? name, out AuditHashAlgorithm algorithm)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "SM3":
                algorithm = AuditHashAlgorithm.Sm3;
                return true;
            case "SHA-256" or "SHA256":
                algorithm = AuditHashAlgorithm.Sha256;
                return true;
            default:
                algorithm = default;
                return false;
        }
    }

    /// <summary>
    /// The canonical form: every field length-prefixed (so that no choice of values can make two records read alike),
    /// the instant in UTC to the millisecond (what both providers store exactly).
    /// </summary>
    public static string Canonical(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var builder = new StringBuilder();
        Append(builder, record.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(builder, FormatInstant(record.At));
        Append(builder, record.ActorId);
        Append(builder, record.ActorName);
        Append(builder, record.Address);
        Append(builder, record.Action);
        Append(builder, record.EntityType);
        Append(builder, record.EntityId);
        Append(builder, record.Before);
        Append(builder, record.After);
        Append(builder, record.Algorithm);
        Append(builder, record.PreviousHash);
        return builder.ToString();
    }

    /// <summary>H(previous hash ‖ canonical form) with the record's own algorithm.</summary>
    public static string Compute(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!TryParse(record.Algorithm, out var algorithm))
        {
            throw new InvalidOperationException($"未知的摘要算法“{record.Algorithm}”。");
        }

        var input = Encoding.UTF8.GetBytes(record.PreviousHash + Canonical(record));
        return Convert.ToHexStringLower(Digest(algorithm, input));
    }

    /// <summary>The digest of <paramref name="input"/>.</summary>
    public static byte[] Digest(AuditHashAlgorithm algorithm, byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (algorithm == AuditHashAlgorithm.Sha256)
        {
            return SHA256.HashData(input);
        }

        var sm3 = new SM3Digest();
        sm3.BlockUpdate(input, 0, input.Length);
        var output = new byte[sm3.GetDigestSize()];
        sm3.DoFinal(output, 0);
        return output;
    }

    /// <summary>An instant cut to whole milliseconds: PostgreSQL keeps microseconds and SQLite text, so finer ticks would not round-trip.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    private static string FormatInstant(DateTimeOffset at) =>
        Truncate(at).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void Append(StringBuilder builder, string? value)
    {
        // Null and empty differ: "-" for null, the length for a value.
        if (value is null)
        {
            builder.Append('-').Append('\n');
            return;
        }

        builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
    }
}
