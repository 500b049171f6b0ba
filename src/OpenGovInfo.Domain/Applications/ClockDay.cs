using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Applications;

/// <summary>One day of a reply-period count: a calendar day, and the excluded period it falls in, if any.</summary>
/// <param name="Day">The day as the working-day calendar explains it (workday, weekend, holiday, 调休 workday).</param>
/// <param name="Ordinal">The day's number in the reply period (1…N), or null when it does not count.</param>
/// <param name="ExcludedBy">The consultation or payment period that takes a working day out of the count.</param>
public sealed record ClockDay(ExplainedDay Day, int? Ordinal, ExcludedPeriod? ExcludedBy)
{
    /// <summary>The day in words, e.g. “第3个工作日”, “国庆节放假，不计”, “工作日，征求第三方意见（某公司）期间，不计”.</summary>
    public string Description => ExcludedBy is { } period && Ordinal is null && Day.Ordinal is not null
        ? $"工作日，{period.Label}期间，不计（{LegalBasis(period.Kind)}）"
        : (Day with { Ordinal = Ordinal }).Description;

    private static string LegalBasis(ExclusionKind kind) =>
        kind == ExclusionKind.Consultation ? "条例 第三十三条第三款" : "国办函〔2020〕109号，设置项";
}
