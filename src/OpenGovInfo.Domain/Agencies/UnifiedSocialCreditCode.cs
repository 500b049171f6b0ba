using System.Diagnostics.CodeAnalysis;

namespace OpenGovInfo.Domain.Agencies;

/// <summary>
/// 统一社会信用代码. GB 32100-2015: 18 characters — registration authority (1), organisation category (1),
/// administrative division (6), organisation code (9), check character (1) — over the 31-character alphabet
/// 0-9 and A-Z without I, O, Z, S, V.
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    /// <summary>GB 32100-2015 表 1: the code alphabet; a character's value is its index.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>Length of a code, check character included.</summary>
    public const int Length = 18;

    // GB 32100-2015 第 5 章: weight of position i (1-based) is 3^(i-1) mod 31.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    /// <summary>The 18 characters, upper case.</summary>
    public string Value { get; }

    /// <summary>Parses a code; lower-case letters and surrounding spaces are accepted and normalised.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out UnifiedSocialCreditCode? code, out string error)
    {
        code = null;
        var value = (text ?? string.Empty).Trim().ToUpperInvariant();
        if (value.Length != Length)
        {
            error = "统一社会信用代码应为 18 位。";
            return false;
        }

        if (value.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            error = "统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）。";
            return false;
        }

        if (CheckCharacter(value.AsSpan(0, Length - 1)) != value[Length - 1])
        {
            error = "统一社会信用代码校验位不正确，请核对。";
            return false;
        }

        code = new UnifiedSocialCreditCode(value);
        error = string.Empty;
        return true;
    }

    /// <summary>True when <paramref name="text"/> is a valid code.</summary>
    public static bool IsValid(string? text) => TryParse(text, out _, out _);

    /// <summary>The check character for the first 17 characters (GB 32100-2015 第 5 章: C18 = 31 − Σ(Ci·Wi) mod 31).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("Exactly 17 characters are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var digit = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (digit < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not in the code alphabet.", nameof(first17));
            }

            sum += digit * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
