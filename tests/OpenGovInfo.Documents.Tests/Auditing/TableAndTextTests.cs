using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Tests.Auditing;

public class TableAndTextTests
{
    private static List<AuditFinding> Audit(string text, AuditContext? context = null) =>
        AuditFixtures.Audit(AuditFixtures.FromText(text), context);

    [Fact]
    public void A_placeholder_cell_is_blank_not_zero()
    {
        var findings = Audit(SeedText.With((SeedText.Granted, "（一）予以公开 / 0 0 0 0 0 0")));
        var b7 = Assert.Single(findings, f => f.Rule == "B7");
        Assert.Contains(b7.Evidence, e => e.Cell == "applications.granted" && e.Value == "空" && e.Line != null);
        // Not also an unreadable-cell problem for people to chase.
        Assert.DoesNotContain(findings, f => f.Rule == "READ" && f.Key == "applications.granted");
    }

    [Fact]
    public void A_fee_of_ten_thousand_wan_looks_like_yuan()
    {
        Assert.Contains(Audit(SeedText.With((SeedText.FeeRow, "行政事业性收费 25000"))), f => f.Rule == "C7");
        Assert.DoesNotContain(Audit(SeedText.With((SeedText.FeeRow, "行政事业性收费 120.5"))), f => f.Rule == "C7");
    }

    [Fact]
    public void Repealing_more_than_existed_is_implausible()
    {
        var previous = AuditFixtures.FromText(SeedText.With(("行政规范性文件 0 0 0", "行政规范性文件 1 0 2")));
        var now = SeedText.With(("行政规范性文件 0 0 0", "行政规范性文件 0 5 0"), ("2023", "2024"));
        Assert.Contains(Audit(now, new AuditContext { Previous = previous }), f => f.Rule == "C8");
        var fine = SeedText.With(("行政规范性文件 0 0 0", "行政规范性文件 0 2 0"), ("2023", "2024"));
        Assert.DoesNotContain(Audit(fine, new AuditContext { Previous = previous }), f => f.Rule == "C8");
    }

    [Fact]
    public void Broken_table_arithmetic_keeps_the_table_rule_ids()
    {
        var findings = Audit(SeedText.With((SeedText.NewReceived, "一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2")));
        var t31 = Assert.Single(findings, f => f.Rule == "T3-1" && f.Key == "applications.total");
        Assert.Equal("C1", AuditCatalogue.Of(t31.Rule));
    }

    [Fact]
    public void Carry_over_and_a_fivefold_jump_are_found_across_years()
    {
        var previous = AuditFixtures.FromText(SeedText.With(SeedText.Applications(2)));
        var now = SeedText.With([.. SeedText.Applications(30), ("2023", "2024"),
            (SeedText.CarriedOver, "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1")]);
        var findings = Audit(now, new AuditContext { Previous = previous });
        Assert.Contains(findings, f => f.Rule == "T3-6" && AuditCatalogue.Of(f.Rule) == "D1");
        var d3 = Assert.Single(findings, f => f.Rule == "D3" && f.Key == "applications.new_received.total");
        Assert.Equal(AuditSeverity.Info, d3.Severity);
    }

    [Fact]
    public void A_quoted_figure_that_differs_from_its_cell_is_an_error()
    {
        var text = SeedText.With((SeedText.NoApplications, "2023年上年结转申请2件，全年未发生依申请公开和处理政"));
        var e1 = Assert.Single(Audit(text), f => f.Rule == "E1");
        Assert.Equal("applications.carried_over_from_previous_year.total", e1.Evidence[0].Cell);
        Assert.Equal("0", e1.Evidence[0].Value);
        Assert.NotNull(e1.Evidence[0].Line);
    }

    [Fact]
    public void Saying_there_were_no_applications_when_table_three_has_some_is_an_error()
    {
        var e2 = Assert.Single(Audit(SeedText.With(SeedText.Applications(3))), f => f.Rule == "E2");
        Assert.Equal(AuditSeverity.Error, e2.Severity);
        Assert.False(e2.Uncertain);
    }

    [Fact]
    public void A_blank_cell_leaves_the_absence_statement_undecided()
    {
        var e2 = Assert.Single(Audit(SeedText.With((SeedText.Granted, "（一）予以公开 / 0 0 0 0 0 0"))), f => f.Rule == "E2");
        Assert.True(e2.Uncertain);
    }

    [Fact]
    public void All_closed_with_cases_carried_forward_is_a_contradiction()
    {
        var text = SeedText.With(("（三）政府信息管理情况", "全年申请均已办结。\n（三）政府信息管理情况"),
            (SeedText.NewReceived, "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1"),
            (SeedText.CarriedForward, "四、结转下年度继续办理 1 0 0 0 0 0 1"));
        Assert.Contains(Audit(text), f => f.Rule == "E3" && f.Severity == AuditSeverity.Error);
    }

    [Fact]
    public void Another_agency_in_the_body_is_an_inconsistent_name()
    {
        var e4 = Assert.Single(Audit(SeedText.With((SeedText.Title, "平桥区教育体育局2023年政府信息公开工作年度报告"))), f => f.Rule == "E4");
        Assert.Equal(AuditSeverity.Warning, e4.Severity);
    }
}
