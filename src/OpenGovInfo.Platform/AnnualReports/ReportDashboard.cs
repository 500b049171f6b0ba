namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>政务公开办's dashboard: every agency's standing and key ratios over a few years, and the district total.</summary>
/// <param name="Years">The years covered, oldest first; the last is the year shown.</param>
/// <param name="Agencies">Every agency, in the district's order.</param>
/// <param name="District">The district roll-up (<see cref="CompileDistrictReport"/>).</param>
public sealed record ReportDashboard(IReadOnlyList<int> Years, IReadOnlyList<AgencyTrend> Agencies, AgencyTrend District);
