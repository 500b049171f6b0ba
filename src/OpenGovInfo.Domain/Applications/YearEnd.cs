namespace OpenGovInfo.Domain.Applications;

/// <summary>
/// Year assignment for annual-report Table 3 (AP-6): a case counts in 本年新收 in the year of its receipt, in
/// 本年度办理结果 in the year it closed, and otherwise is carried forward (结转) — open on 31 December.
/// </summary>
public static class YearEnd
{
    /// <summary>True when the case had been received and was still open at the end of 31 December of <paramref name="year"/>.</summary>
    public static bool IsCarriedForward(ApplicationCase @case, int year)
    {
        var end = new DateOnly(year, 12, 31);
        return @case.ReceivedOn <= end && (@case.ClosedOn is null || @case.ClosedOn > end);
    }

    /// <summary>The year it counts in 一、本年新收.</summary>
    public static int ReceivedYear(ApplicationCase @case) => @case.ReceivedOn.Year;

    /// <summary>The year it counts in 三、本年度办理结果, or null while open.</summary>
    public static int? ClosedYear(ApplicationCase @case) => @case.ClosedOn?.Year;

    /// <summary>True when the case counts in 二、上年结转 of <paramref name="year"/> (carried forward from the year before).</summary>
    public static bool IsCarriedOverInto(ApplicationCase @case, int year) => IsCarriedForward(@case, year - 1);
}
