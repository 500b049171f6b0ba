using OpenGovInfo.Documents.Auditing;
using OpenGovInfo.Documents.Reading;

namespace OpenGovInfo.Documents.Tests.Auditing;

public class CorpusAuditorTests
{
    [Fact]
    public void A_scan_without_a_text_layer_gets_a7_and_other_failures_do_not()
    {
        var scan = ReportReadResult.Failed("scan.pdf", DocumentShape.Pdf, ReadFailure.Empty, "PDF 中没有可提取的文字（可能是扫描件）");
        var broken = ReportReadResult.Failed("broken.pdf", DocumentShape.Pdf, ReadFailure.Corrupt, "PDF 已损坏");
        var run = CorpusAuditor.Audit([scan, broken]);
        Assert.Equal("A7", Assert.Single(run[0].Findings).Rule);
        Assert.Empty(run[1].Findings);
    }

    [Fact]
    public void Earlier_reports_are_compared_but_not_audited()
    {
        var now = AnnualReportReader.ReadText(AuditFixtures.SeedText.Replace("2023", "2024", StringComparison.Ordinal), "2024.txt");
        var before = AnnualReportReader.ReadText(AuditFixtures.SeedText, "2023.txt");
        var run = CorpusAuditor.Audit([now], [before]);
        Assert.Single(run);
        Assert.Contains(run[0].Findings, f => f.Rule == "D4");
    }

    [Fact]
    public void Every_real_fixture_is_audited_without_throwing_and_every_finding_has_evidence_or_is_undecided()
    {
        var results = Directory.GetFiles(OpenGovInfo.Testing.SharedPaths.ReportsFolder).Where(f => !f.EndsWith(".csv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(f => AnnualReportReader.ReadFile(f)).ToList();
        var run = CorpusAuditor.Audit(results);
        Assert.Equal(results.Count, run.Length);
        Assert.All(run.SelectMany(r => r.Findings), f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Message));
            Assert.True(f.Uncertain || f.Evidence.Count > 0, $"{f.Rule} {f.Key} has no evidence");
        });
    }
}
