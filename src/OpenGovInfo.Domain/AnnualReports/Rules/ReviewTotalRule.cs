namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>T4-1: in each Table 4 group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</summary>
public sealed class ReviewTotalRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Id => RuleIds.ReviewTotal;

    /// <inheritdoc />
    public void Check(AnnualReport report, RuleContext context, ICollection<Finding> findings)
    {
        if (report.ReviewLitigation is not { } t)
        {
            return;
        }

        for (var g = 0; g < TableLayouts.ReviewGroups.Count; g++)
        {
            if (t.GroupAt(g) is not { } cells || cells.Any(v => v is null))
            {
                continue;
            }

            // Every measure but the total is a part, whatever their order in the layout.
            var total = cells[TableLayouts.ReviewTotalMeasure];
            var parts = cells.Where((_, m) => m != TableLayouts.ReviewTotalMeasure).Sum(v => (long)(v ?? 0));
            if (parts != total)
            {
                findings.Add(new Finding(Id, FindingSeverity.Error, Where.ReviewGroup(g),
                    $"第四部分“{GroupName(g)}”：结果维持+结果纠正+其他结果+尚未审结={parts}，总计={total}，不相等"));
            }
        }
    }

    internal static string GroupName(int g) => TableLayouts.ReviewGroups[g] is { ParentLabel: { } parent } group
        ? $"{parent}（{group.Label}）"
        : TableLayouts.ReviewGroups[g].Label;
}
