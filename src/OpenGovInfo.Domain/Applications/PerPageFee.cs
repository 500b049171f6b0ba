namespace OpenGovInfo.Domain.Applications;

/// <summary>
/// 按量计收 (国办函〔2020〕109号, FEE-4): per application by pages, excess-progressive — pages 1–30 free, 31–100 10元/页,
/// 101–200 20元/页, 201 and above 40元/页. Amounts in fen (分).
/// </summary>
public static class PerPageFee
{
    // (first page of the tier, fen per page), in order.
    private static readonly (int From, long FenPerPage)[] Tiers = [(31, 10_00), (101, 20_00), (201, 40_00)];

    /// <summary>The fee for one application of <paramref name="pages"/> pages (≥ 0).</summary>
    public static long FenFor(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        var total = 0L;
        for (var i = 0; i < Tiers.Length; i++)
        {
            var last = i + 1 < Tiers.Length ? Tiers[i + 1].From - 1 : int.MaxValue;
            var inTier = Math.Min(pages, last) - Tiers[i].From + 1;
            total += inTier > 0 ? inTier * Tiers[i].FenPerPage : 0;
        }

        return total;
    }
}
