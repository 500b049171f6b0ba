using OpenGovInfo.Documents.Auditing;
using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports.Audit;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Documents.Tests.Auditing;

/// <summary>Reads fixtures and constructed texts into published reports for the audit tests.</summary>
internal static class AuditFixtures
{
    public static string SeedText => File.ReadAllText(Path.Combine(SharedPaths.ReportsFolder, "000_seed_pingqiao_2023.txt"));

    public static PublishedReport Fixture(string name) => FromFile(Path.Combine(SharedPaths.ReportsFolder, name));

    public static PublishedReport FromFile(string path)
    {
        var result = AnnualReportReader.ReadFile(path);
        Assert.True(result.Succeeded, result.Error);
        return PublishedReports.From(result)!;
    }

    public static PublishedReport FromText(string text, string source = "constructed.txt", string? url = null)
    {
        var result = AnnualReportReader.ReadText(text, source);
        Assert.True(result.Succeeded, result.Error);
        return PublishedReports.From(result, url)!;
    }

    public static List<AuditFinding> Audit(PublishedReport report, AuditContext? context = null) =>
        AnnualReportAuditor.Audit(report, context);

    public static string Describe(IEnumerable<AuditFinding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.Rule} {f.Severity}{(f.Uncertain ? " UNCERTAIN" : "")} {f.Key}: {f.Message}"));
}
