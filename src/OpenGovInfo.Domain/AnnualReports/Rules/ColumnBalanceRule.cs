namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>
/// T3-1, the official note printed in Table 3: for every column, 第一项加第二项之和，等于第三项加第四项之和
/// (new + carried over = （七）总计 + carried forward).
/// </summary>
public sealed class ColumnBalanceRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Id => RuleIds.ColumnBalance;

    /// <inheritdoc />
    public void Check(AnnualReport report, RuleContext context, ICollection<Finding> findings)
    {
        if (report.Applications is not { } t)
        {
            return;
        }

        for (var c = 0; c < TableLayouts.ColumnCount; c++)
        {
            var available = ApplicationsMath.Add(
                ApplicationsMath.Cell(t, ApplicationRowKind.NewReceived, c),
                ApplicationsMath.Cell(t, ApplicationRowKind.CarriedOver, c));
            var accounted = ApplicationsMath.Add(
                ApplicationsMath.Cell(t, ApplicationRowKind.TotalProcessed, c),
                ApplicationsMath.Cell(t, ApplicationRowKind.CarriedForward, c));
            if (available is { } a && accounted is { } b && a != b)
            {
                findings.Add(new Finding(Id, FindingSeverity.Error, Where.ApplicationsColumn(c),
                    $"第三部分{ApplicationsMath.ColumnName(c)}：一+二={a}，三(七)+四={b}，不相等"));
            }
        }
    }
}
