namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>
/// T3-5: （七）总计 ≤ 一 + 二 in every column. It follows from T3-1 and T3-4, so it adds information only where
/// T3-1 cannot be evaluated (the carried-forward cell unknown); there it is checked, elsewhere T3-1 speaks.
/// </summary>
public sealed class ProcessedNotAboveAvailableRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Id => RuleIds.ProcessedNotAboveAvailable;

    /// <inheritdoc />
    public void Check(AnnualReport report, RuleContext context, ICollection<Finding> findings)
    {
        if (report.Applications is not { } t)
        {
            return;
        }

        for (var c = 0; c < TableLayouts.ColumnCount; c++)
        {
            if (ApplicationsMath.Cell(t, ApplicationRowKind.CarriedForward, c) is not null)
            {
                continue;
            }

            var available = ApplicationsMath.Add(
                ApplicationsMath.Cell(t, ApplicationRowKind.NewReceived, c),
                ApplicationsMath.Cell(t, ApplicationRowKind.CarriedOver, c));
            if (available is { } a && ApplicationsMath.Cell(t, ApplicationRowKind.TotalProcessed, c) is { } p && p > a)
            {
                findings.Add(new Finding(Id, FindingSeverity.Error, Where.ApplicationsColumn(c),
                    $"第三部分{ApplicationsMath.ColumnName(c)}：三(七)总计={p}，大于一+二={a}"));
            }
        }
    }
}
