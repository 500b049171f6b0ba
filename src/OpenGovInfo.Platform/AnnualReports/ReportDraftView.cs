using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>One agency's report for a year as the staff page shows it.</summary>
/// <param name="AgencyId">The agency.</param>
/// <param name="AgencyName">Its name.</param>
/// <param name="Year">The year.</param>
/// <param name="Stored">The stored report row, or null before the first save (then <paramref name="Report"/> is a preview).</param>
/// <param name="Report">The latest version, or the compiled preview.</param>
/// <param name="Findings">The rules' findings now (cross-year against last year's report).</param>
/// <param name="Differences">Cells whose records changed since the version was compiled.</param>
/// <param name="LastYearProblems">Section 五 of last year's report, for follow-up.</param>
/// <param name="Timeline">Saves, submissions, returns and clearance, oldest first.</param>
/// <param name="Due">The legal publication date.</param>
public sealed record ReportDraftView(
    int AgencyId, string AgencyName, int Year, AnnualReportRow? Stored, AnnualReport Report, IReadOnlyList<Finding> Findings,
    IReadOnlyList<ReportDifference> Differences, string? LastYearProblems, IReadOnlyList<AnnualReportEventRow> Timeline, DateOnly Due)
{
    /// <summary>Whose report: the agency's own, or the district report (its cells drill down by member agency).</summary>
    public ReportScope Scope { get; init; } = new(AgencyId, false);

    /// <summary>Where it stands (编制中 before the first save).</summary>
    public ReportStatus Status => Stored?.Status ?? ReportStatus.Draft;

    /// <summary>True when an error blocks submission.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error) || Differences.Count > 0;
}
