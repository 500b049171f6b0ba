using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Tests.Auditing;

public class TimelinessTests
{
    private static List<AuditFinding> Audit(string text, string? url = null, AuditContext? context = null) =>
        AuditFixtures.Audit(AuditFixtures.FromText(text, url: url), context);

    [Fact]
    public void A_department_report_published_after_31_January_is_late()
    {
        var a1 = Assert.Single(Audit("发布日期：2024-02-05\n" + AuditFixtures.SeedText), f => f.Rule == "A1");
        Assert.False(a1.Uncertain);
        Assert.Equal(AuditSeverity.Error, a1.Severity);
        Assert.Contains("逾期5天", a1.Message, StringComparison.Ordinal);
        Assert.Equal("2024年2月5日", a1.Evidence[0].Value);
    }

    [Fact]
    public void On_31_January_is_on_time()
    {
        Assert.DoesNotContain(Audit("发布日期：2024-01-31\n" + AuditFixtures.SeedText), f => f.Rule == "A1");
    }

    [Fact]
    public void The_address_date_counts_when_the_page_prints_none()
    {
        var a1 = Assert.Single(Audit(AuditFixtures.SeedText, "http://www.pingqiao.gov.cn/zwgk/202402/t20240201_123.html"), f => f.Rule == "A1");
        Assert.False(a1.Uncertain);
        Assert.Contains("网址中的日期", a1.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_date_after_the_deadline_is_late()
    {
        var text = AuditFixtures.SeedText.TrimEnd() + "\n\n平桥区科学技术和工业信息化局\n2024年2月8日\n";
        Assert.Contains(Audit(text), f => f.Rule == "A1" && !f.Uncertain && f.Message.Contains("落款日期", StringComparison.Ordinal));
    }

    [Fact]
    public void A_government_report_has_until_31_March()
    {
        var text = SeedText.With((SeedText.Title, "平桥区人民政府2023年政府信息公开工作年度报告"));
        Assert.DoesNotContain(Audit("发布日期：2024-03-28\n" + text), f => f.Rule is "A1" or "A2");
        var a2 = Assert.Single(Audit("发布日期：2024-04-02\n" + text), f => f.Rule == "A2");
        Assert.Contains("2024年3月31日", a2.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_version_at_the_same_address_is_flagged_and_the_same_one_is_not()
    {
        var report = AuditFixtures.FromText(AuditFixtures.SeedText);
        var changed = new AuditContext { EarlierVersions = [new SeenVersion(new string('a', 64), new DateOnly(2024, 1, 20))] };
        Assert.Contains(AnnualReportAuditor.Audit(report, changed), f => f.Rule == "A4" && f.Severity == AuditSeverity.Warning);
        var same = new AuditContext { EarlierVersions = [new SeenVersion(report.ContentHash, new DateOnly(2024, 1, 20))] };
        Assert.DoesNotContain(AnnualReportAuditor.Audit(report, same), f => f.Rule == "A4");
    }

    [Fact]
    public void Copies_whose_tables_differ_are_flagged_with_the_cells()
    {
        var report = AuditFixtures.FromText(AuditFixtures.SeedText, "site.txt");
        var copy = AuditFixtures.FromText(SeedText.With((SeedText.FeeRow, "行政事业性收费 3")), "app.txt");
        var a6 = Assert.Single(AnnualReportAuditor.Audit(report, new AuditContext { OtherCopies = [copy] }), f => f.Rule == "A6");
        Assert.Equal("proactive.administrative_fees.amount_10k_cny", a6.Evidence[0].Cell);
        var identical = AuditFixtures.FromText(AuditFixtures.SeedText + "\n", "app.txt");
        Assert.DoesNotContain(AnnualReportAuditor.Audit(report, new AuditContext { OtherCopies = [identical] }), f => f.Rule == "A6");
    }

    [Fact]
    public void Web_page_metadata_dates_are_read_from_real_pages()
    {
        var report = AuditFixtures.Fixture("007_pingtan_2022.txt");
        Assert.Equal(new DateOnly(2023, 2, 20), report.Published!.Date);
        // 平潭综合实验区 is a government report: 20 February is before 31 March.
        Assert.DoesNotContain(AuditFixtures.Audit(report), f => f.Rule is "A1" or "A2");
    }
}
