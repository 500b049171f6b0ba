using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Tests.Auditing;

public class FeesAndQualityTests
{
    private static List<AuditFinding> Audit(string text) => AuditFixtures.Audit(AuditFixtures.FromText(text));

    [Fact]
    public void Section_six_without_the_fee_statement_is_an_error()
    {
        var f1 = Assert.Single(Audit(SeedText.With((SeedText.Fees, "本机关无其他需要报告的事项。"))), f => f.Rule == "F1");
        Assert.Equal(AuditSeverity.Error, f1.Severity);
    }

    [Fact]
    public void An_amount_charged_is_a_fee_statement()
    {
        Assert.DoesNotContain(Audit(SeedText.With((SeedText.Fees, "2023年度本机关收取信息处理费120元。"))), f => f.Rule == "F1");
    }

    [Fact]
    public void Unpaid_fee_notices_contradict_no_fee_activity()
    {
        var text = SeedText.With((SeedText.Fees, "2023年度本机关未发出收费通知，未收取信息处理费。"),
            (SeedText.NewReceived, "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1"),
            ("2.申请人逾期未按收费通知要求缴\n纳费用、行政机关不再处理其政府\n信息公开申请\n\n0 0 0 0 0 0\n0",
             "2.申请人逾期未按收费通知要求缴\n纳费用、行政机关不再处理其政府\n信息公开申请\n\n1 0 0 0 0 0\n1"),
            (SeedText.Total, "（七）总计 1 0 0 0 0 0 1"),
            (SeedText.NoApplications, "2023年全年收到依申请公开和处理政"));
        Assert.Contains(Audit(text), f => f.Rule == "F2");
    }

    [Fact]
    public void A_government_report_must_give_assessment_results()
    {
        var government = SeedText.With((SeedText.Title, "平桥区人民政府2023年政府信息公开工作年度报告"));
        var f5 = Assert.Single(Audit(government), f => f.Rule == "F5");
        Assert.Contains("工作考核", f5.Message, StringComparison.Ordinal);
        var given = government.Replace(SeedText.Fees, "本年度政务公开工作考核、社会评议和责任追究结果：考核优秀，未发生责任追究。" + SeedText.Fees, StringComparison.Ordinal);
        Assert.DoesNotContain(Audit(given), f => f.Rule == "F5");
        Assert.DoesNotContain(AuditFixtures.Audit(AuditFixtures.Fixture("000_seed_pingqiao_2023.txt")), f => f.Rule == "F5");
    }

    [Fact]
    public void An_empty_section_five_is_an_error()
    {
        var text = AuditFixtures.SeedText;
        var five = text.IndexOf("五、存在的主要问题及改进情况", StringComparison.Ordinal);
        var six = text.IndexOf(SeedText.SectionSix, StringComparison.Ordinal);
        var g1 = Assert.Single(Audit(text[..five] + "五、存在的主要问题及改进情况\n\n无。\n\n" + text[six..]), f => f.Rule == "G1");
        Assert.Equal(AuditSeverity.Error, g1.Severity);
    }

    [Fact]
    public void A_specific_section_five_is_not_boilerplate()
    {
        var text = AuditFixtures.SeedText;
        var five = text.IndexOf("五、存在的主要问题及改进情况", StringComparison.Ordinal);
        var six = text.IndexOf(SeedText.SectionSix, StringComparison.Ordinal);
        const string specific = "五、存在的主要问题及改进情况\n\n一是“政策解读”栏目全年仅更新3期，低于区政务公开办要求的12期；计划2024年3月底前制定栏目更新台账，每月至少更新1期。\n"
            + "二是本机关8份行政规范性文件的解读材料未与原文同步发布，将于2024年6月底前完成补发。\n"
            + "三是公示栏信息平均滞后7个工作日更新，已明确由办公室专人每周一核对。\n\n";
        var findings = Audit(text[..five] + specific + text[six..]);
        Assert.DoesNotContain(findings, f => f.Rule is "G1" or "G2");
    }

    [Fact]
    public void An_overview_without_proactive_figures_is_a_warning()
    {
        var text = SeedText.With(("2023年共主动公\n\n开信息 36条，其中，工作动态信息 15条、计划总结 2条、人事信息 0条、行政执法信息 0\n条、其他信息 19条。",
            "2023年主动公开了工作动态、计划总结等信息。"));
        Assert.Contains(Audit(text), f => f.Rule == "G3");
    }

    [Fact]
    public void A_doubled_word_is_noted()
    {
        var g6 = Audit(SeedText.With(("切实履行对本单位", "切实履行对本单位的的"))).Where(f => f.Rule == "G6").ToList();
        Assert.Contains(g6, f => f.Message.Contains("的的", StringComparison.Ordinal) && f.Severity == AuditSeverity.Info);
    }
}
