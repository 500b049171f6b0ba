using System.Globalization;
using OpenGovInfo.Documents.Auditing;
using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// District mode (<c>--units FILE [--aggregate NAME] [--year Y]</c>): the expected units (one name a line, # for
/// comments) must each have a report on time (I2); the report of <c>--aggregate</c>, declared to cover the whole
/// district, must equal the sum of the units' tables (I1, added to that report's findings).
/// </summary>
internal static class AuditDistrict
{
    /// <summary>The expected units of a units file.</summary>
    public static List<string> ReadUnits(string path) =>
        [.. File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    /// <summary>The district's year: the one given, else the year most reports of the run are for.</summary>
    public static int? YearOf(int? given, IEnumerable<AuditedReport> run) =>
        given ?? run.Select(r => r.Published?.Year).OfType<int>().GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
            .Select(g => (int?)g.Key).FirstOrDefault();

    /// <summary>I2 findings for the district, after adding I1 to the aggregate's findings; the aggregate's name is
    /// reported missing when no report of the run has it.</summary>
    public static List<AuditFinding> Check(IReadOnlyList<string> units, string? aggregate, int year, AuditedReport[] run)
    {
        var reports = run.Select(r => r.Published).OfType<PublishedReport>().ToList();
        var members = RollUp.Match([.. units.Where(u => aggregate is null || !AgencyNames.Same(u, aggregate))], reports, year);
        var findings = RollUp.Coverage(members, year);
        if (aggregate is null)
        {
            return findings;
        }

        var index = Array.FindIndex(run, r => r.Published is { Agency: { } a, Year: { } y } && y == year && AgencyNames.Compatible(a, aggregate));
        if (index < 0 || run[index].Published is not { } published)
        {
            findings.Add(new AuditFinding("I1", AuditSeverity.Error, "aggregate:" + aggregate,
                string.Create(CultureInfo.InvariantCulture, $"没有找到汇总报告“{aggregate}”{year}年度报告，无法核对汇总数"), [new Evidence(Excerpt: aggregate)]));
            return findings;
        }

        run[index] = run[index] with { Findings = [.. run[index].Findings, .. RollUp.Aggregate(published, members)] };
        return findings;
    }
}
