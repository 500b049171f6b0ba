namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>T3-4: every Table 3 cell is an integer ≥ 0 (integers by type; this checks the sign).</summary>
public sealed class ApplicationsNonNegativeRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Id => RuleIds.ApplicationsNonNegative;

    /// <inheritdoc />
    public void Check(AnnualReport report, RuleContext context, ICollection<Finding> findings)
    {
        if (report.Applications is not { } t)
        {
            return;
        }

        var rows = t.Format.ApplicationRows;
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < TableLayouts.ColumnCount; c++)
            {
                if (t.Cell(r, c) is < 0 and var v)
                {
                    findings.Add(new Finding(Id, FindingSeverity.Error, Where.ApplicationsCell(rows[r].Code, c),
                        $"第三部分“{rows[r].Label}”行{ApplicationsMath.ColumnName(c)}为{v}，不能为负数"));
                }
            }
        }
    }
}
