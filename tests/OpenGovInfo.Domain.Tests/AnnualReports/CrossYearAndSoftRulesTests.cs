using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Rules;
using OpenGovInfo.Testing.Builders;

namespace OpenGovInfo.Domain.Tests.AnnualReports;

public class CrossYearAndSoftRulesTests
{
    [Fact]
    public void Carry_over_mismatch_with_last_year_is_a_warning_per_column()
    {
        var previous = ReportBuilder.Sample(seed: 1);
        previous.Year = 2023;
        var report = ReportBuilder.Sample(seed: 2);
        var expected = Enumerable.Range(0, 7)
            .Where(c => report.Applications!["carried_over_from_previous_year", c] != previous.Applications!["carried_forward_to_next_year", c])
            .Select(c => "applications." + TableLayouts.Columns[c].Code)
            .ToArray();
        Assert.NotEmpty(expected);

        var findings = ConsistencyChecker.Check(report, previous).Where(f => f.Rule == "T3-6").ToArray();
        Assert.Equal(expected, findings.Select(f => f.Where));
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
    }

    [Fact]
    public void Carry_over_matching_last_year_gives_no_warning_and_a_non_consecutive_year_is_not_compared()
    {
        var report = ReportBuilder.Sample(seed: 2);
        var previous = ReportBuilder.Sample(seed: 1);
        previous.Year = 2023;
        previous.Applications!.SetRow("carried_forward_to_next_year", [.. report.Applications!.Row("carried_over_from_previous_year")!]);
        Assert.DoesNotContain(ConsistencyChecker.Check(report, previous), f => f.Rule == "T3-6");

        var older = ReportBuilder.Sample(seed: 1);
        older.Year = 2020;
        Assert.DoesNotContain(ConsistencyChecker.Check(report, older), f => f.Rule is "T3-6" or "T2-2");
    }

    [Fact]
    public void In_force_continuity_is_a_heuristic_warning()
    {
        var previous = ReportBuilder.Sample(seed: 3);
        previous.Year = 2023;
        previous.Proactive!["normative_documents", "in_force"] = 470;
        var report = ReportBuilder.Sample(seed: 3);
        report.Proactive!.SetValues("normative_documents", [62, 33, 440]);
        var finding = Assert.Single(ConsistencyChecker.Check(report, previous), f => f.Rule == "T2-2" && f.Where == "proactive.normative_documents");
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("=499", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("平桥区科学技术和工业信息化局", true)]
    [InlineData("平桥区人民政府", true)]
    [InlineData("南大街街道办事处", true)]
    [InlineData("信阳市人民政府", false)]
    [InlineData("河南省人民政府", false)]
    [InlineData("国家统计局", false)]
    [InlineData(null, false)]
    public void Regulations_from_a_body_without_rule_making_power_warn(string? agency, bool warns)
    {
        var report = ReportBuilder.Sample();
        report.Agency = agency;
        report.Proactive!.SetValues("regulations", [1, 0, 1]);
        Assert.Equal(warns, ConsistencyChecker.Check(report).Any(f => f.Rule == "T2-3" && f.Severity == FindingSeverity.Warning));
    }

    [Fact]
    public void Unpaid_fee_closures_without_a_fee_statement_warn()
    {
        var report = ReportBuilder.Sample();
        var t = report.Applications!;
        // One more natural-person case, closed as 逾期未缴费: every hard rule still balances.
        t["other.fee_unpaid", 0] = t["other.fee_unpaid", 0] + 1;
        t["other.fee_unpaid", 6] = t["other.fee_unpaid", 6] + 1;
        t["total_processed", 0] = t["total_processed", 0] + 1;
        t["total_processed", 6] = t["total_processed", 6] + 1;
        t["new_received", 0] = t["new_received", 0] + 1;
        t["new_received", 6] = t["new_received", 6] + 1;
        report.Sections["other_matters"] = "无其他需要报告的事项。";
        Assert.Equal("X-1", Assert.Single(ConsistencyChecker.Check(report)).Rule);

        report.Sections["other_matters"] = "本年度收取信息处理费200元。";
        Assert.Empty(ConsistencyChecker.Check(report));
    }

    [Fact]
    public void Narrative_count_of_applications_must_match_table_three()
    {
        var report = ReportBuilder.Sample();
        var received = report.Applications!["new_received", 6]!.Value;
        var carried = report.Applications["carried_over_from_previous_year", 6]!.Value;
        report.Sections["overview"] = $"全年共收到政府信息公开申请{received}件。";
        Assert.Empty(ConsistencyChecker.Check(report));
        report.Sections["overview"] = $"全年共收到政府信息公开申请{received + carried}件。";
        Assert.Empty(ConsistencyChecker.Check(report));
        report.Sections["overview"] = $"全年共受理政府信息公开申请{received + carried + 7}件。";
        var finding = Assert.Single(ConsistencyChecker.Check(report));
        Assert.Equal(("X-2", "sections.overview", FindingSeverity.Warning), (finding.Rule, finding.Where, finding.Severity));
    }
}
