namespace OpenGovInfo.Domain.Applications;

/// <summary>Why a period does not count towards the reply period.</summary>
public enum ExclusionKind
{
    /// <summary>条例 第三十三条第三款: 征求第三方和其他机关意见所需时间不计算在前款规定的期限内.</summary>
    Consultation,

    /// <summary>FEE-6 (setting): awaiting payment of the information-processing fee.</summary>
    FeePayment,
}

/// <summary>
/// Working days d with <see cref="After"/> &lt; d ≤ <see cref="Through"/> that do not count towards the reply period.
/// </summary>
/// <param name="Kind">Consultation or fee payment.</param>
/// <param name="After">The last day that still counts (by default the sending or notice day).</param>
/// <param name="Through">The last excluded day (response, lapse or payment day).</param>
/// <param name="Projected">True when the period is still open and <see cref="Through"/> is its latest possible end.</param>
/// <param name="Consultation">The consultation, for <see cref="ExclusionKind.Consultation"/>.</param>
public sealed record ExcludedPeriod(ExclusionKind Kind, DateOnly After, DateOnly Through, bool Projected, Consultation? Consultation = null)
{
    /// <summary>What it is, in Chinese, e.g. 征求第三方意见（某公司）.</summary>
    public string Label => Consultation?.Label ?? "等待缴纳信息处理费";

    /// <summary>True when <paramref name="date"/> lies in the period.</summary>
    public bool Contains(DateOnly date) => date > After && date <= Through;
}
