using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OpenGovInfo.Domain.Applications.Applicants;

/// <summary>
/// 公民身份号码 (GB 11643-1999): six-digit address code, eight-digit birth date, three-digit sequence and a check
/// character (ISO 7064 MOD 11-2, 0–9 or X). Only the check a machine can do: the address code is not looked up.
/// </summary>
public sealed record ResidentIdNumber
{
    /// <summary>Length of a number.</summary>
    public const int Length = 18;

    // GB 11643-1999 §8.2: weight of position i (1-based) is 2^(18-i) mod 11.
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private ResidentIdNumber(string value) => Value = value;

    /// <summary>The 18 characters, X upper case.</summary>
    public string Value { get; }

    /// <summary>Parses a number: spaces and full-width digits are normalised; a lower-case x is accepted.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ResidentIdNumber? number, out string error)
    {
        number = null;
        var value = ApplicantText.Compact(text).ToUpperInvariant();
        if (value.Length != Length)
        {
            error = "居民身份证号码应为 18 位。";
            return false;
        }

        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                error = "居民身份证号码前 17 位应为数字。";
                return false;
            }
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born)
            || born.Year < 1900)
        {
            error = "居民身份证号码中的出生日期（第 7–14 位）不是有效日期。";
            return false;
        }

        if (CheckCharacter(value.AsSpan(0, Length - 1)) != value[Length - 1])
        {
            error = "居民身份证号码校验位不正确，请核对。";
            return false;
        }

        number = new ResidentIdNumber(value);
        error = string.Empty;
        return true;
    }

    /// <summary>The check character for the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("Exactly 17 digits are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
