using System.Globalization;

namespace OpenGovInfo.Domain.Applications;

/// <summary>The fee of one application by its one method (FEE-1), and amounts in words.</summary>
public static class Fees
{
    /// <summary>
    /// The fee of one application: by <see cref="FeeMethod.PerApplication"/> its ordinal in the applicant's month, or by
    /// <see cref="FeeMethod.PerPage"/> its pages — never both (国办函〔2020〕109号 第三条).
    /// </summary>
    /// <param name="method">The one method chosen.</param>
    /// <param name="quantity">The ordinal in the month (按件) or the page count (按量).</param>
    public static long FenFor(FeeMethod method, int quantity) => method switch
    {
        FeeMethod.PerApplication => PerApplicationFee.FenFor(quantity),
        FeeMethod.PerPage => PerPageFee.FenFor(quantity),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>An amount in fen as yuan, e.g. 470000 → “4700.00元”.</summary>
    public static string Yuan(long fen) =>
        string.Create(CultureInfo.InvariantCulture, $"{fen / 100}.{Math.Abs(fen % 100):D2}元");

    /// <summary>The method in Chinese.</summary>
    public static string Name(this FeeMethod method) => method == FeeMethod.PerApplication ? "按件计收" : "按量计收";
}
