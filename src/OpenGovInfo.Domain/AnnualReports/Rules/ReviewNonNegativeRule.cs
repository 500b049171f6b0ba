namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>T4-2: every Table 4 cell is an integer ≥ 0.</summary>
public sealed class ReviewNonNegativeRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Id => RuleIds.ReviewNonNegative;

    /// <inheritdoc />
    public void Check(AnnualReport report, RuleContext context, ICollection<Finding> findings)
    {
        if (report.ReviewLitigation is not { } t)
        {
            return;
        }

        for (var g = 0; g < TableLayouts.ReviewGroups.Count; g++)
        {
            for (var m = 0; m < ReviewLitigationTable.MeasureCount; m++)
            {
                if (t.GroupAt(g)?[m] is < 0 and var v)
                {
                    findings.Add(new Finding(Id, FindingSeverity.Error, Where.ReviewGroup(g),
                        $"第四部分“{ReviewTotalRule.GroupName(g)}”“{TableLayouts.ReviewMeasures[m].Label}”为{v}，不能为负数"));
                }
            }
        }
    }
}
