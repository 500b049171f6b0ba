using System.Text.RegularExpressions;

namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>
/// X-2 (soft): a count of applications quoted in section 一 ("收到申请75件") should equal Table 3's 新收 total,
/// or 新收 + 上年结转 (many reports count carried-over cases as received).
/// </summary>
public sealed partial class NarrativeFiguresRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Id => RuleIds.NarrativeFigures;

    /// <inheritdoc />
    public void Check(AnnualReport report, RuleContext context, ICollection<Finding> findings)
    {
        if (!report.Sections.TryGetValue(ReportCodes.Sections.Overview, out var text) || report.Applications is not { } t
            || t[ReportCodes.Rows.NewReceived, TableLayouts.TotalColumn] is not { } received)
        {
            return;
        }

        var withCarried = received + (t[ReportCodes.Rows.CarriedOver, TableLayouts.TotalColumn] ?? 0);
        foreach (Match m in ReceivedCount().Matches(text))
        {
            var quoted = m.Groups["n"].Value;
            if (long.TryParse(quoted, System.Globalization.CultureInfo.InvariantCulture, out var n)
                && n != received && n != withCarried)
            {
                findings.Add(new Finding(Id, FindingSeverity.Warning, Where.Section(ReportCodes.Sections.Overview),
                    $"第一部分写“{m.Value}”，但第三部分“本年新收”总计为{received}（含上年结转为{withCarried}）"));
            }
        }
    }

    [GeneratedRegex(@"(?:收到|新收|受理|接收)[^。；，,\d]{0,20}申请[^。；，,\d]{0,8}?(?<n>\d+)\s*件|(?:收到|新收|受理|接收)[^。；，,\d]{0,6}?(?<n>\d+)\s*件[^。；，,\d]{0,8}申请")]
    private static partial Regex ReceivedCount();
}
