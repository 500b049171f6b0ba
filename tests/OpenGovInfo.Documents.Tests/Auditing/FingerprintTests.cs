using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Tests.Auditing;

public class FingerprintTests
{
    [Fact]
    public void Re_reading_the_same_report_gives_the_same_finding_ids()
    {
        string Ids() => string.Join(",", AuditFixtures.Audit(AuditFixtures.Fixture("000_seed_pingqiao_2023.txt"))
            .Select(f => f.Fingerprint(AuditFixtures.Fixture("000_seed_pingqiao_2023.txt").ContentHash)));
        Assert.Equal(Ids(), Ids());
    }

    [Fact]
    public void A_changed_report_gives_new_ids()
    {
        var a = AuditFixtures.FromText(AuditFixtures.SeedText);
        var b = AuditFixtures.FromText(AuditFixtures.SeedText + "\n补充说明。");
        Assert.NotEqual(a.ContentHash, b.ContentHash);
        var g2 = AuditFixtures.Audit(a).Single(f => f.Rule == "G2");
        Assert.NotEqual(g2.Fingerprint(a.ContentHash), g2.Fingerprint(b.ContentHash));
    }
}
