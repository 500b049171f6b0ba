using System.Text.RegularExpressions;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// F1: section 六 states the 信息处理费 charged (an amount or an explicit "未收取", 国办函〔2020〕109号); F2: unpaid
/// fee notices in table 三 do not sit with a statement that no fee was ever involved; F5: a 人民政府's report gives
/// 工作考核、社会评议和责任追究结果 (条例 第五十条第（四）项). F3 is kept by never comparing section 六's fees with
/// table 二's 行政事业性收费, which is a different quantity.
/// </summary>
public sealed partial class FeeChecks : IAuditCheck
{
    /// <summary>The first report year under 《政府信息公开信息处理费管理办法》.</summary>
    public const int FeeMeasuresFirstYear = 2021;

    private static readonly string[] GovernmentDuties = ["工作考核", "社会评议", "责任追究"];

    /// <inheritdoc />
    public void Check(PublishedReport report, AuditContext context, ICollection<AuditFinding> findings)
    {
        Stated(report, findings);
        NoticesIssued(report, findings);
        GovernmentResults(report, findings);
    }

    private static void Stated(PublishedReport report, ICollection<AuditFinding> findings)
    {
        if (report.Year is < FeeMeasuresFirstYear)
        {
            return; // 国办函〔2020〕109号 took effect on 1 January 2021: earlier reports had no fee to state.
        }

        var six = SectionText.Of(report, 6);
        if (six is not null && FeeStatement().IsMatch(LabelText.Normalize(six)))
        {
            return;
        }

        var elsewhere = FeeStatement().Match(LabelText.Normalize(SectionText.Narrative(report)));
        if (elsewhere.Success)
        {
            findings.Add(new AuditFinding("F1", AuditSeverity.Warning, "other_matters.fee",
                $"信息处理费收取情况写在其他部分（“{elsewhere.Value}”），未按格式在“六、其他需要报告的事项”中说明",
                [report.Text.Quote(elsewhere.Value)]));
            return;
        }

        if (six is null && report.Text.Lines.Count == 0)
        {
            findings.Add(AuditFinding.Undecided("F1", AuditSeverity.Error, "other_matters.fee", "没有报告正文"));
            return;
        }

        findings.Add(new AuditFinding("F1", AuditSeverity.Error, "other_matters.fee",
            six is null
                ? "报告没有“六、其他需要报告的事项”，未说明信息处理费收取情况（国办函〔2020〕109号）"
                : "“六、其他需要报告的事项”未说明信息处理费收取情况（收取金额或“未收取”）（国办函〔2020〕109号）",
            [report.Text.Quote(TableLayouts.Sections[5].Heading)]));
    }

    private static void NoticesIssued(PublishedReport report, ICollection<AuditFinding> findings)
    {
        var unpaid = report.Report.Format == ReportFormat.Format2021
            ? report.Report.Applications?[ReportCodes.Rows.FeeUnpaid, TableLayouts.TotalColumn]
            : null;
        if (unpaid is not > 0 || NoFeeActivity().Match(LabelText.Normalize(SectionText.Narrative(report))) is not { Success: true } denial)
        {
            return;
        }

        findings.Add(new AuditFinding("F2", AuditSeverity.Warning, "applications.other.fee_unpaid.total",
            $"表三有{unpaid}件申请因逾期未缴纳费用不再处理（说明发出过收费通知），但正文称“{denial.Value}”",
            [Evidence.OfCell("applications.other.fee_unpaid.total", unpaid), report.Text.Quote(denial.Value)]));
    }

    private static void GovernmentResults(PublishedReport report, ICollection<AuditFinding> findings)
    {
        if (!Issuer.IsGovernment(report.Agency))
        {
            return;
        }

        var text = LabelText.Normalize((SectionText.Of(report, 1) ?? "") + (SectionText.Of(report, 5) ?? "") + (SectionText.Of(report, 6) ?? ""));
        var missing = GovernmentDuties.Where(d => !text.Contains(d, StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            findings.Add(new AuditFinding("F5", AuditSeverity.Error, "government_results:" + string.Join(",", missing),
                $"{report.Agency}是人民政府，报告未说明{string.Join("、", missing)}结果情况（条例第五十条第（四）项）",
                [new Evidence(Excerpt: report.Agency)]));
        }
    }

    [GeneratedRegex(@"(?:信息处理费|处理费|信息公开费|收取费用|收费)[^。；;]{0,20}?\d+(?:\.\d+)?\s*(?:万?元)|(?:未|没有|不|无|免|零)(?:收取|收|产生|涉及|发生)?[^。；;]{0,12}?(?:信息处理费|处理费|收费|费用)|(?:信息处理费|处理费|收费|费用)[^。；;]{0,10}?(?:0\s*元|为0|为零|为\s*0|无)", RegexOptions.CultureInvariant)]
    private static partial Regex FeeStatement();

    [GeneratedRegex(@"(?:未|没有)(?:发出|发放|开具|下发)[^。；;]{0,6}?收费通知|不涉及(?:信息处理费|收费)|未涉及(?:信息处理费|收费)|无收费(?:情况|事项)", RegexOptions.CultureInvariant)]
    private static partial Regex NoFeeActivity();
}
