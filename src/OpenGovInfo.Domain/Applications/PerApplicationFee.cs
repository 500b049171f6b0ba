namespace OpenGovInfo.Domain.Applications;

/// <summary>
/// 按件计收 (国办函〔2020〕109号 第四条, FEE-3): per applicant per natural month, excess-progressive by the application's
/// ordinal k in that month — 1–10 free, 11–30 100元/件, then each further 10 applications 100元/件 more (31–40 200元,
/// 41–50 300元, …). Amounts in fen (分).
/// </summary>
public static class PerApplicationFee
{
    private const long FenPerYuan = 100;

    /// <summary>The fee for the <paramref name="ordinal"/>-th application of an applicant in a natural month (k ≥ 1).</summary>
    public static long FenFor(int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinal, 1);
        return ordinal switch
        {
            <= 10 => 0,
            <= 30 => 100 * FenPerYuan,
            _ => (100 + (100 * (((ordinal - 31) / 10) + 1))) * FenPerYuan,
        };
    }

    /// <summary>The total for the first <paramref name="count"/> applications of a month (each at its own tier).</summary>
    public static long TotalFen(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var total = 0L;
        for (var k = 11; k <= count; k++)
        {
            total += FenFor(k);
        }

        return total;
    }

    /// <summary>
    /// The ordinal of an application received on <paramref name="receivedOn"/> in its natural month (自然月), given the
    /// receipt dates of the same applicant's earlier applications (any months; only the same month counts).
    /// </summary>
    public static int OrdinalInMonth(IEnumerable<DateOnly> earlierReceipts, DateOnly receivedOn) =>
        1 + earlierReceipts.Count(d => d.Year == receivedOn.Year && d.Month == receivedOn.Month && d <= receivedOn);
}
