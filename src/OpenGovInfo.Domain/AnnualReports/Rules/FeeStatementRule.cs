namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>
/// X-1 (soft): applications closed because a fee notice went unpaid mean fees were charged under
/// 国办函〔2020〕109号, so section 六 should state the 信息处理费 collected.
/// </summary>
public sealed class FeeStatementRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Id => RuleIds.FeeStatement;

    /// <inheritdoc />
    public void Check(AnnualReport report, RuleContext context, ICollection<Finding> findings)
    {
        var unpaid = report.Format == ReportFormat.Format2021
            ? report.Applications?[ReportCodes.Rows.FeeUnpaid, TableLayouts.TotalColumn]
            : null;
        if (unpaid is not > 0 || !report.Sections.TryGetValue(ReportCodes.Sections.OtherMatters, out var text)
            || text.Contains("处理费", StringComparison.Ordinal))
        {
            return;
        }

        findings.Add(new Finding(Id, FindingSeverity.Warning, Where.Section(ReportCodes.Sections.OtherMatters),
            $"第三部分有{unpaid}件申请因逾期未缴纳费用不再处理，说明发出过收费通知，但第六部分未说明信息处理费收取情况"));
    }
}
