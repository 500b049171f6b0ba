namespace OpenGovInfo.Domain.Publishing;

/// <summary>
/// The 18-character unified social credit code (统一社会信用代码, GB 32100-2015) of an agency: characters from
/// 0-9 and A-Z without I, O, Z, S, V; the last character is a check character computed from the first 17.
/// </summary>
public static class CreditCode
{
    /// <summary>The code's length.</summary>
    public const int Length = 18;

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Null when <paramref name="code"/> is a well-formed credit code, otherwise the reason in Chinese.</summary>
    public static string? Validate(string code)
    {
        if (code.Length != Length)
        {
            return $"统一社会信用代码应为 {Length} 位，实际 {code.Length} 位";
        }

        var bad = code.FirstOrDefault(c => !Alphabet.Contains(c, StringComparison.Ordinal));
        if (bad != default)
        {
            return $"统一社会信用代码含有无效字符“{bad}”";
        }

        var check = CheckCharacter(code.AsSpan(0, Length - 1));
        return code[^1] == check ? null : $"统一社会信用代码校验位应为“{check}”，实际为“{code[^1]}”";
    }

    /// <summary>
    /// GB 32100-2015 check character: C18 = 31 − (Σ Ci × Wi mod 31), where Wi = 3^(i−1) mod 31; 31 maps to 0.
    /// </summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }
}
