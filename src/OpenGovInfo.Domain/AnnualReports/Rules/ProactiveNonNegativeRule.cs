namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>
/// T2-1: Table 2 counts are integers ≥ 0 and amounts (万元) are decimals ≥ 0. The 2019 本年增/减 is signed by
/// design (decreases are written as negatives), so it is checked for being an integer only.
/// </summary>
public sealed class ProactiveNonNegativeRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Id => RuleIds.ProactiveNonNegative;

    /// <inheritdoc />
    public void Check(AnnualReport report, RuleContext context, ICollection<Finding> findings)
    {
        if (report.Proactive is not { } t)
        {
            return;
        }

        foreach (var block in t.Format.ProactiveBlocks)
        {
            foreach (var item in block.Items)
            {
                var values = t.Values(item.Code);
                for (var m = 0; values is not null && m < block.Measures.Count; m++)
                {
                    if (values[m] is { } v && Problem(block.Measures[m], v) is { } problem)
                    {
                        findings.Add(new Finding(Id, FindingSeverity.Error, Where.ProactiveItem(item.Code),
                            $"第二部分“{item.Label}”“{block.Measures[m].Label}”为{v}，{problem}"));
                    }
                }
            }
        }
    }

    private static string? Problem(ProactiveMeasure measure, decimal value) =>
        !measure.IsSigned && value < 0 ? "不能为负数"
        : !measure.IsDecimal && decimal.Truncate(value) != value ? "应为整数"
        : null;
}
