namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>
/// T2-3 (heuristic warning): under the Legislation Law only the State Council's departments and the governments
/// of provinces and 设区的市 make 规章, so other bodies should report 0 in the 规章 row.
/// </summary>
public sealed class RuleMakingPowerRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Id => RuleIds.RuleMakingPower;

    /// <inheritdoc />
    public void Check(AnnualReport report, RuleContext context, ICollection<Finding> findings)
    {
        if (report.Proactive?.Values(ReportCodes.Items.Regulations) is not { } values || RuleMakingPower.Of(report.Agency) != false)
        {
            return;
        }

        var nonZero = values.Where(v => v is > 0).ToArray();
        if (nonZero.Length > 0)
        {
            findings.Add(new Finding(Id, FindingSeverity.Warning, Where.ProactiveItem(ReportCodes.Items.Regulations),
                $"第二部分“规章”行有非零数（{string.Join("、", values.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "空"))}），但“{report.Agency}”看来不具有规章制定权"));
        }
    }
}
