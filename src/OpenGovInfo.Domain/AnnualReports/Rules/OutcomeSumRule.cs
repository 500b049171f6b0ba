namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>
/// T3-2: for every column, （七）总计 equals the sum of the outcome rows. The 部分公开 note
/// "只计这一情形，不计其他情形" makes each application count in exactly one outcome row.
/// </summary>
public sealed class OutcomeSumRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Id => RuleIds.OutcomeSum;

    /// <inheritdoc />
    public void Check(AnnualReport report, RuleContext context, ICollection<Finding> findings)
    {
        if (report.Applications is not { } t)
        {
            return;
        }

        for (var c = 0; c < TableLayouts.ColumnCount; c++)
        {
            if (ApplicationsMath.OutcomeSum(t, c) is { } sum
                && ApplicationsMath.Cell(t, ApplicationRowKind.TotalProcessed, c) is { } total
                && sum != total)
            {
                findings.Add(new Finding(Id, FindingSeverity.Error, Where.ApplicationsColumn(c),
                    $"第三部分{ApplicationsMath.ColumnName(c)}：办理结果（一）至（六）各项之和={sum}，（七）总计={total}，不相等"));
            }
        }
    }
}
