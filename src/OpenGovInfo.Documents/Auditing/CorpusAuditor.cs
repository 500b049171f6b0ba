using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Auditing;

/// <summary>
/// Audits a run of reports together: each report against the catalogue, against the same agency's previous year
/// (from the run or from earlier reports given only for comparison: T3-6, T2-2, C8, D3, D4), against other copies of
/// itself (A6), and against every other agency's report of the run (D5, through <see cref="SimilarityIndex"/>).
/// Reports are audited on every core; the output order is the input order.
/// </summary>
public static class CorpusAuditor
{
    /// <summary>The audited reports, in the order of <paramref name="results"/>.</summary>
    /// <param name="results">The reports of the run.</param>
    /// <param name="earlier">Reports read only to compare with (<c>--previous</c>); not audited themselves.</param>
    /// <param name="urls">The address each result was fetched from, by source, when it was.</param>
    /// <param name="history">Versions recorded earlier, by source (A4).</param>
    public static AuditedReport[] Audit(
        IReadOnlyList<ReportReadResult> results,
        IReadOnlyList<ReportReadResult>? earlier = null,
        IReadOnlyDictionary<string, string>? urls = null,
        IReadOnlyDictionary<string, IReadOnlyList<SeenVersion>>? history = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var published = new PublishedReport?[results.Count];
        Parallel.For(0, results.Count, i => published[i] = PublishedReports.From(results[i], urls?.GetValueOrDefault(results[i].Source)));
        var comparison = (earlier ?? []).Select(r => PublishedReports.From(r)).OfType<PublishedReport>().ToList();
        var byAgencyYear = new Dictionary<(string, int), List<PublishedReport>>();
        foreach (var p in published.OfType<PublishedReport>().Concat(comparison))
        {
            if (p is { Agency: { } agency, Year: { } year })
            {
                var key = (AgencyNames.Key(agency), year);
                if (!byAgencyYear.TryGetValue(key, out var same))
                {
                    byAgencyYear[key] = same = [];
                }

                same.Add(p);
            }
        }

        var shingles = new ulong[results.Count][];
        var previousShingles = new System.Collections.Concurrent.ConcurrentDictionary<string, ulong[]>();
        var findings = new List<AuditFinding>[results.Count];
        Parallel.For(0, results.Count, i =>
        {
            shingles[i] = published[i] is { } p ? NearDuplicates.ShinglesOf(p) : [];
            findings[i] = published[i] is { } report
                ? One(report, shingles[i], byAgencyYear, history, previousShingles)
                : PublishedReports.IsImageOnly(results[i]) ? [AnnualReportAuditor.ImageOnly(results[i].Source)] : [];
        });

        var readable = Enumerable.Range(0, results.Count).Where(i => published[i] is not null).ToList();
        foreach (var (index, finding) in NearDuplicates.AcrossAgencies([.. readable.Select(i => published[i]).OfType<PublishedReport>()], [.. readable.Select(i => shingles[i])]))
        {
            findings[readable[index]].Add(finding);
        }

        return [.. Enumerable.Range(0, results.Count).Select(i => new AuditedReport(results[i], published[i], findings[i]))];
    }

    private static List<AuditFinding> One(
        PublishedReport report,
        ulong[] shingles,
        Dictionary<(string, int), List<PublishedReport>> byAgencyYear,
        IReadOnlyDictionary<string, IReadOnlyList<SeenVersion>>? history,
        System.Collections.Concurrent.ConcurrentDictionary<string, ulong[]> previousShingles)
    {
        var key = report.Agency is null ? null : AgencyNames.Key(report.Agency);
        var candidates = key is not null && report.Year is { } year && byAgencyYear.TryGetValue((key, year - 1), out var before)
            ? before
            : [];
        var previous = candidates.FirstOrDefault();
        var copies = key is not null && report.Year is { } y && byAgencyYear.TryGetValue((key, y), out var same)
            ? same.Where(c => !ReferenceEquals(c, report)).ToList()
            : [];
        var context = new AuditContext
        {
            Previous = previous,
            OtherCopies = copies,
            EarlierVersions = history?.GetValueOrDefault(report.Source) ?? [],
        };
        var findings = AnnualReportAuditor.Audit(report, context);
        // Two files may claim the agency's previous year (copies, a misdated report): the closest one is the one copied.
        var d4 = candidates
            .Select(c => NearDuplicates.AgainstPrevious(report, shingles, c, previousShingles.GetOrAdd(c.Source, _ => NearDuplicates.ShinglesOf(c))))
            .OfType<AuditFinding>()
            .MaxBy(f => f.Evidence[0].Value);
        if (d4 is not null)
        {
            findings.Add(d4);
        }

        return findings;
    }
}
