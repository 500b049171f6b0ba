using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Rules;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// Several years of one agency in one run: each year N is checked against year N−1 of the same agency (same
/// agency name after <see cref="LabelText.Normalize"/>), adding the cross-year findings (T3-6, T2-2).
/// </summary>
internal static class CrossYear
{
    private static readonly HashSet<string> CrossYearRules = new(StringComparer.Ordinal)
    {
        RuleIds.CarryOverAcrossYears,
        RuleIds.InForceContinuity,
    };

    /// <summary>Adds cross-year findings to every report that has its previous year in the run.</summary>
    public static void Check(IReadOnlyList<ReportReadResult> results)
    {
        // The first report of each agency and year, as read.
        var byAgencyYear = new Dictionary<(string, int), AnnualReport>();
        foreach (var result in results)
        {
            if (result.Report is { Agency: { } agency, Year: { } year } report)
            {
                byAgencyYear.TryAdd((LabelText.Normalize(agency), year), report);
            }
        }

        foreach (var report in results.Select(r => r.Report))
        {
            if (report is not { Agency: not null, Year: { } year }
                || !byAgencyYear.TryGetValue((LabelText.Normalize(report.Agency), year - 1), out var previous))
            {
                continue;
            }

            report.Findings.AddRange(ConsistencyChecker.Check(report, previous).Where(f => CrossYearRules.Contains(f.Rule)));
        }
    }
}
