using System.Globalization;
using OpenGovInfo.Domain.Agencies;

namespace OpenGovInfo.Domain.Publishing;

/// <summary>
/// 索引号 of a proactively disclosed item: <c>&lt;agency credit code&gt;/&lt;year&gt;-&lt;5-digit sequence&gt;</c>,
/// e.g. <c>11100000000013127D/2025-00042</c>. Unique per agency and year; the sequence runs 1..99999. Uniqueness under
/// concurrent publishing is the store's job (a per-agency-year counter and a unique index); this type only defines
/// the value and <see cref="Next"/>.
/// </summary>
public readonly record struct IndexNumber
{
    /// <summary>The largest sequence number (five digits).</summary>
    public const int MaxSequence = 99999;

    private IndexNumber(string creditCode, int year, int sequence)
    {
        CreditCode = creditCode;
        Year = year;
        Sequence = sequence;
    }

    /// <summary>The agency's unified social credit code.</summary>
    public string CreditCode { get; }

    /// <summary>The year the number was assigned.</summary>
    public int Year { get; }

    /// <summary>The sequence within agency and year, 1..99999.</summary>
    public int Sequence { get; }

    /// <summary>Creates an index number, or returns the reason in Chinese why it is invalid.</summary>
    public static IndexNumberResult Create(string creditCode, int year, int sequence)
    {
        if (!UnifiedSocialCreditCode.TryParse(creditCode, out var code, out var codeError))
        {
            return IndexNumberResult.Failure(codeError);
        }

        // The printed form is canonical: a code that only parses after trimming or upper-casing is not an index number.
        if (code.Value != creditCode)
        {
            return IndexNumberResult.Failure("统一社会信用代码只能包含数字和大写字母，且不能有空格。");
        }

        if (year is < 1000 or > 9999)
        {
            return IndexNumberResult.Failure($"年份 {year} 应为四位数");
        }

        return sequence is < 1 or > MaxSequence
            ? IndexNumberResult.Failure($"顺序号 {sequence} 应在 1 至 {MaxSequence} 之间")
            : IndexNumberResult.Success(new IndexNumber(creditCode, year, sequence));
    }

    /// <summary>Parses the canonical text form; anything else (spaces, lower case, 4-digit sequence) is rejected.</summary>
    public static IndexNumberResult Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || text.Length != slash + 11 || text[slash + 5] != '-')
        {
            return IndexNumberResult.Failure($"索引号“{text}”格式应为“统一社会信用代码/年份-五位顺序号”");
        }

        var yearText = text.Substring(slash + 1, 4);
        var sequenceText = text.Substring(slash + 6, 5);
        if (!yearText.All(char.IsAsciiDigit) || !sequenceText.All(char.IsAsciiDigit))
        {
            return IndexNumberResult.Failure($"索引号“{text}”的年份和顺序号只能是数字");
        }

        return Create(text[..slash], int.Parse(yearText, CultureInfo.InvariantCulture), int.Parse(sequenceText, CultureInfo.InvariantCulture));
    }

    /// <summary>The next number for the same agency and year, or a failure when the year's 99999 are used up.</summary>
    public IndexNumberResult Next() => Create(CreditCode, Year, Sequence + 1);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{CreditCode}/{Year:D4}-{Sequence:D5}");
}
