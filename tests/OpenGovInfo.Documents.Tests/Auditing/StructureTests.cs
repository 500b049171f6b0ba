using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Tests.Auditing;

public class StructureTests
{
    private static List<AuditFinding> Audit(string text) => AuditFixtures.Audit(AuditFixtures.FromText(text));

    [Fact]
    public void A_missing_section_is_an_error()
    {
        var findings = Audit(SeedText.With((SeedText.SectionSix + "\n", ""), (SeedText.Fees, "")));
        var b1 = Assert.Single(findings, f => f.Rule == "B1");
        Assert.Equal("section:6", b1.Key);
        Assert.Contains(findings, f => f.Rule == "F1" && f.Severity == AuditSeverity.Error);
    }

    [Fact]
    public void A_renumbered_heading_is_a_numbering_warning()
    {
        var findings = Audit(SeedText.With(("五、存在的主要问题及改进情况", "四、存在的主要问题及改进情况")));
        Assert.Contains(findings, f => f.Rule == "B2" && f.Key == "numbering:5:4");
        Assert.DoesNotContain(findings, f => f.Rule == "B1");
    }

    [Fact]
    public void Sections_out_of_order_are_an_error()
    {
        var text = AuditFixtures.SeedText;
        var five = text.IndexOf("五、存在的主要问题及改进情况", StringComparison.Ordinal);
        var six = text.IndexOf(SeedText.SectionSix, StringComparison.Ordinal);
        var swapped = text[..five] + text[six..] + "\n" + text[five..six];
        Assert.Contains(Audit(swapped), f => f.Rule == "B1" && f.Key.StartsWith("order:", StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_inside_running_web_text_are_found()
    {
        var findings = AuditFixtures.Audit(AuditFixtures.Fixture("020_pingtan_gaj_2024.txt"));
        Assert.DoesNotContain(findings, f => f.Rule is "B1" or "B2");
    }

    [Fact]
    public void The_overview_must_cover_five_subjects()
    {
        var text = AuditFixtures.SeedText;
        var from = text.IndexOf("（五）监督保障情况", StringComparison.Ordinal);
        var to = text.IndexOf("二、主动公开政府信息情况", StringComparison.Ordinal);
        var b3 = Assert.Single(Audit(text[..from] + text[to..]), f => f.Rule == "B3");
        Assert.Contains("监督保障", b3.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_period_must_be_the_title_year()
    {
        var ok = SeedText.With(("一、总体情况\n\n平桥区", "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n\n平桥区"));
        Assert.DoesNotContain(Audit(ok), f => f.Rule == "B9");
        var wrong = SeedText.With(("一、总体情况\n\n平桥区", "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n\n平桥区"));
        var b9 = Assert.Single(Audit(wrong), f => f.Rule == "B9");
        Assert.Equal(AuditSeverity.Error, b9.Severity);
    }

    [Fact]
    public void A_title_without_the_year_is_an_error()
    {
        Assert.Contains(Audit(SeedText.With((SeedText.Title, "工信局政府信息公开工作报告"))), f => f.Rule == "B9" && f.Key == "title");
    }

    [Fact]
    public void A_missing_table_two_row_and_the_fee_unit_are_errors()
    {
        var findings = Audit(SeedText.With(("行政强制 0", ""), ("（单位：万元）", "")));
        Assert.Contains(findings, f => f.Rule == "B4" && f.Key == "proactive.administrative_coercion");
        Assert.Contains(findings, f => f.Rule == "B4" && f.Key == "proactive.administrative_fees.unit");
    }

    [Fact]
    public void A_missing_table_three_row_is_an_error()
    {
        var findings = Audit(SeedText.With(("2.重复申请 0 0 0 0 0 0 0", "")));
        Assert.Contains(findings, f => f.Rule == "B5" && f.Key == "applications.not_processed.duplicate");
    }

    [Fact]
    public void Table_four_without_its_result_labels_is_an_error()
    {
        var findings = Audit(SeedText.With(("尚未\n审结", "未\n结")));
        Assert.Contains(findings, f => f.Rule == "B6" && f.Message.Contains("尚未审结", StringComparison.Ordinal));
    }

    [Fact]
    public void A_2021_report_in_the_2019_layout_is_superseded_but_a_2019_one_is_not()
    {
        var trial = File.ReadAllText(OpenGovInfo.Testing.SharedPaths.InRepository("tests", "fixtures", "reader-corpus", "trial-2019", "01_blank_totals.txt"));
        Assert.DoesNotContain(Audit(trial), f => f.Rule == "B8");
        var late = trial.Replace("2019 年", "2021 年", StringComparison.Ordinal).Replace("2019年", "2021年", StringComparison.Ordinal);
        Assert.Contains(Audit(late), f => f.Rule == "B8" && f.Severity == AuditSeverity.Warning);
    }
}
