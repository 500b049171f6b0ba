using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Tests.Auditing;

public class RollUpTests
{
    private static PublishedReport Unit(string agency, int applications, string? published = null) =>
        AuditFixtures.FromText((published is null ? "" : "发布日期：" + published + "\n")
            + SeedText.With([(SeedText.Title, agency + "2023年政府信息公开工作年度报告"), .. SeedText.Applications(applications)]), agency + ".txt");

    private static readonly string[] Units = ["平桥区教育体育局", "平桥区公安分局", "平桥区科学技术和工业信息化局"];

    [Fact]
    public void Every_expected_unit_must_have_a_report_on_time()
    {
        var reports = new[] { Unit("平桥区教育体育局", 1, "2024-01-20"), Unit("平桥区公安分局", 2, "2024-02-10") };
        var findings = RollUp.Coverage(RollUp.Match(Units, reports, 2023), 2023);
        Assert.Contains(findings, f => f.Rule == "I2" && f.Key == "unit:平桥区科学技术和工业信息化局" && !f.Uncertain);
        Assert.Contains(findings, f => f.Rule == "I2" && f.Key == "unit:平桥区公安分局" && f.Message.Contains("晚于", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Key == "unit:平桥区教育体育局");
    }

    [Fact]
    public void An_aggregate_equal_to_the_sum_of_its_units_passes_and_one_that_is_not_fails()
    {
        var members = RollUp.Match(Units, [Unit(Units[0], 1), Unit(Units[1], 2), Unit(Units[2], 4)], 2023);
        Assert.Empty(RollUp.Aggregate(Unit("平桥区人民政府", 7), members));
        var wrong = RollUp.Aggregate(Unit("平桥区人民政府", 6), members);
        Assert.Contains(wrong, f => f.Rule == "I1" && f.Key == "applications.new_received.total" && f.Message.Contains("之和为7", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_unit_leaves_the_aggregate_undecided()
    {
        var members = RollUp.Match(Units, [Unit(Units[0], 1), Unit(Units[1], 2)], 2023);
        var i1 = Assert.Single(RollUp.Aggregate(Unit("平桥区人民政府", 3), members));
        Assert.True(i1.Uncertain);
    }
}
