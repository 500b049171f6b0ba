namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>One agency (or the district total) in one year of the dashboard.</summary>
/// <param name="Year">The reporting year.</param>
/// <param name="Figures">The key figures compiled from the records.</param>
/// <param name="Summary">The stored report's standing (status, findings, deadline), or null for the district total.</param>
public sealed record DashboardLine(int Year, KeyFigures Figures, ReportSummary? Summary);
