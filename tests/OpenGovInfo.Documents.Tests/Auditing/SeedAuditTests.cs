using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Tests.Auditing;

/// <summary>The seed gets what a careful assessor gives it (audit-criteria.md, "Checks that apply to the seed").</summary>
public class SeedAuditTests
{
    private static readonly List<AuditFinding> Findings = AuditFixtures.Audit(AuditFixtures.Fixture("000_seed_pingqiao_2023.txt"));

    [Fact]
    public void The_seed_gets_exactly_the_careful_findings()
    {
        var got = Findings.Select(f => $"{f.Rule} {f.Severity}{(f.Uncertain ? " ?" : "")}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
        [
            "A1 Error ?",      // no publication date in the text: undecided, not passed
            "B2 Warning",      // 一、总体情况 printed twice
            "B9 Warning",      // no statistics-period sentence
            "E4 Info",         // the title says 工信局, the body 平桥区科学技术和工业信息化局
            "G2 Warning",      // section 五 is stock phrases
            "G6 Info",         // "提高等." — an ASCII full stop in Chinese text
        ], got);
    }

    [Fact]
    public void The_duplicated_heading_cites_both_lines()
    {
        var b2 = Assert.Single(Findings, f => f.Rule == "B2");
        Assert.Equal([4, 12], b2.Evidence.Select(e => e.Line!.Value));
        Assert.All(b2.Evidence, e => Assert.Equal("一、总体情况", e.Excerpt));
    }

    [Fact]
    public void Boilerplate_section_five_quotes_its_stock_phrases_with_their_lines()
    {
        var g2 = Assert.Single(Findings, f => f.Rule == "G2");
        Assert.Contains("有待进一步", g2.Message, StringComparison.Ordinal);
        Assert.All(g2.Evidence, e => Assert.True(e.Line > 150, $"line {e.Line} is not in section 五"));
    }

    [Fact]
    public void Fees_stated_tables_zero_and_no_applications_pass()
    {
        Assert.DoesNotContain(Findings, f => f.Rule is "F1" or "F2" or "E1" or "E2" or "E3" or "B1" or "B3" or "B4" or "B5" or "B6" or "B7"
            || f.Rule.StartsWith('T'));
    }
}
