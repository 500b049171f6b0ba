namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>
/// T2-2 (heuristic warning): 现行有效 (N) ≈ 现行有效 (N−1) + 本年制发 − 本年废止, for 规章 and 行政规范性文件.
/// Amendments, expiry clauses and re-classification break it legitimately; it only draws attention.
/// Both years must use the 2021 format, whose columns it needs.
/// </summary>
public sealed class InForceContinuityRule : IConsistencyRule
{
    private static readonly string[] Items = [ReportCodes.Items.Regulations, ReportCodes.Items.NormativeDocuments];

    /// <inheritdoc />
    public string Id => RuleIds.InForceContinuity;

    /// <inheritdoc />
    public void Check(AnnualReport report, RuleContext context, ICollection<Finding> findings)
    {
        if (report.Format != ReportFormat.Format2021 || report.Proactive is not { } now
            || context.ComparablePrevious(report) is not { Format: ReportFormat.Format2021, Proactive: { } before })
        {
            return;
        }

        foreach (var item in Items)
        {
            if (now.Values(item) is [{ } issued, { } repealed, { } inForce] && before[item, ReportCodes.Measures.InForce] is { } previous
                && previous + issued - repealed != inForce)
            {
                var label = now.Format.ProactiveItems.First(i => i.Code == item).Label;
                findings.Add(new Finding(Id, FindingSeverity.Warning, Where.ProactiveItem(item),
                    $"第二部分“{label}”：上年现行有效{previous}+本年制发{issued}−本年废止{repealed}={previous + issued - repealed}，本年现行有效为{inForce}"));
            }
        }
    }
}
