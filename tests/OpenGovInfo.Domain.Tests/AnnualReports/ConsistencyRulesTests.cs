using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Rules;
using OpenGovInfo.Testing.Builders;

namespace OpenGovInfo.Domain.Tests.AnnualReports;

public class ConsistencyRulesTests
{
    [Theory]
    [InlineData(ReportFormat.Format2021)]
    [InlineData(ReportFormat.Trial2019)]
    public void A_built_consistent_report_has_no_findings(ReportFormat format)
    {
        Assert.Empty(ConsistencyChecker.Check(ReportBuilder.Sample(format)));
    }

    [Fact]
    public void Column_balance_names_the_column_and_quotes_both_sums()
    {
        var report = ReportBuilder.Sample();
        var t = report.Applications!;
        var newTotal = t["new_received", 6]!.Value;
        var carried = t["carried_over_from_previous_year", 6]!.Value;
        var processed = t["total_processed", 6]!.Value;
        var forward = t["carried_forward_to_next_year", 6]!.Value;
        t["carried_forward_to_next_year", 6] = forward + 1;

        var finding = Assert.Single(ConsistencyChecker.Check(report), f => f.Rule == "T3-1");
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("applications.total", finding.Where);
        Assert.Equal($"第三部分“总计”列：一+二={newTotal + carried}，三(七)+四={processed + forward + 1}，不相等", finding.Message);
    }

    [Fact]
    public void Outcome_sum_counts_every_outcome_row_including_the_2021_other_subrows()
    {
        var report = ReportBuilder.Sample();
        report.Applications!["other.fee_unpaid", 0] = report.Applications["other.fee_unpaid", 0] + 2;
        var rules = ConsistencyChecker.Check(report).Select(f => (f.Rule, f.Where)).ToHashSet();
        Assert.Contains(("T3-2", "applications.natural_person"), rules);
        Assert.Contains(("T3-3", "applications.other.fee_unpaid"), rules);
        Assert.DoesNotContain(rules, r => r.Rule == "T3-1");
    }

    [Fact]
    public void Row_total_rule_quotes_the_row_label()
    {
        var report = ReportBuilder.Sample();
        report.Applications!["granted", 6] = report.Applications["granted", 6] + 5;
        var finding = Assert.Single(ConsistencyChecker.Check(report), f => f.Rule == "T3-3");
        Assert.Equal("applications.granted", finding.Where);
        Assert.StartsWith("第三部分“（一）予以公开”行：六类申请人之和=", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_total_rule_fires_per_group()
    {
        var report = ReportBuilder.Sample();
        var group = report.ReviewLitigation!.Group("litigation_after_reconsideration")!;
        group[4] = group[4] + 1;
        var finding = Assert.Single(ConsistencyChecker.Check(report));
        Assert.Equal(("T4-1", "review_litigation.litigation_after_reconsideration"), (finding.Rule, finding.Where));
        Assert.Contains("行政诉讼（复议后起诉）", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_with_an_unknown_cell_is_not_evaluated()
    {
        var report = ReportBuilder.Sample();
        report.Applications!["granted", 0] = 999;
        report.Applications["withheld.state_secret", 0] = null;
        var findings = ConsistencyChecker.Check(report);
        Assert.DoesNotContain(findings, f => f.Rule == "T3-2" && f.Where == "applications.natural_person");
        Assert.DoesNotContain(findings, f => f.Rule == "T3-3" && f.Where == "applications.withheld.state_secret");
        Assert.Contains(findings, f => f.Rule == "T3-3" && f.Where == "applications.granted");
    }

    [Fact]
    public void Processed_above_available_is_reported_only_where_the_balance_cannot_be_checked()
    {
        var report = ReportBuilder.Sample();
        var t = report.Applications!;
        t.SetRow("carried_forward_to_next_year", null);
        t["total_processed", 1] = t["new_received", 1] + t["carried_over_from_previous_year", 1] + 3;
        var findings = ConsistencyChecker.Check(report);
        Assert.Contains(findings, f => f.Rule == "T3-5" && f.Where == "applications.commercial_enterprise");
        Assert.DoesNotContain(findings, f => f.Rule == "T3-1");
    }

    [Fact]
    public void Negative_cells_are_errors_in_every_table()
    {
        var report = ReportBuilder.Sample();
        report.Applications!["granted", 2] = -1;
        report.ReviewLitigation!.Group("reconsideration")![1] = -2;
        report.Proactive!["administrative_penalty", "decisions_this_year"] = -3;
        var rules = ConsistencyChecker.Check(report).Select(f => f.Rule).ToHashSet();
        Assert.Contains("T3-4", rules);
        Assert.Contains("T4-2", rules);
        Assert.Contains("T2-1", rules);
    }

    [Fact]
    public void The_2019_signed_delta_may_be_negative_but_not_fractional()
    {
        var report = ReportBuilder.Sample(ReportFormat.Trial2019);
        report.Proactive!["administrative_licensing", "items_delta"] = -8;
        Assert.Empty(ConsistencyChecker.Check(report));
        report.Proactive["administrative_licensing", "items_delta"] = 1.5m;
        Assert.Equal("T2-1", Assert.Single(ConsistencyChecker.Check(report)).Rule);
    }
}
