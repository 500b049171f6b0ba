namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>T3-3: in every row, the 总计 column equals the sum of the six applicant columns.</summary>
public sealed class ApplicantTotalRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Id => RuleIds.ApplicantTotal;

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
            if (t.RowAt(r) is not { } cells || cells[TableLayouts.TotalColumn] is not { } total)
            {
                continue;
            }

            long sum = 0;
            var known = true;
            for (var c = 0; c < TableLayouts.TotalColumn && known; c++)
            {
                known = cells[c] is not null;
                sum += cells[c] ?? 0;
            }

            if (known && sum != total)
            {
                findings.Add(new Finding(Id, FindingSeverity.Error, Where.ApplicationsRow(rows[r].Code),
                    $"第三部分“{rows[r].Label}”行：六类申请人之和={sum}，总计={total}，不相等"));
            }
        }
    }
}
