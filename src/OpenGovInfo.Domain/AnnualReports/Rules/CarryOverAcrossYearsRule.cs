namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>
/// T3-6 (warning): this year's 上年结转 equals last year's 结转下年度继续办理, per column. Restructuring, a first
/// report or a corrected previous report can legitimately break it, so it is never an error.
/// </summary>
public sealed class CarryOverAcrossYearsRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Id => RuleIds.CarryOverAcrossYears;

    /// <inheritdoc />
    public void Check(AnnualReport report, RuleContext context, ICollection<Finding> findings)
    {
        if (report.Applications is not { } t || context.ComparablePrevious(report)?.Applications is not { } prev)
        {
            return;
        }

        for (var c = 0; c < TableLayouts.ColumnCount; c++)
        {
            if (ApplicationsMath.Cell(t, ApplicationRowKind.CarriedOver, c) is { } now
                && ApplicationsMath.Cell(prev, ApplicationRowKind.CarriedForward, c) is { } before
                && now != before)
            {
                findings.Add(new Finding(Id, FindingSeverity.Warning, Where.ApplicationsColumn(c),
                    $"第三部分{ApplicationsMath.ColumnName(c)}：本年“二、上年结转”={now}，上年报告“四、结转下年度继续办理”={before}，不一致"));
            }
        }
    }
}
