namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>An agency's (or the district's) dashboard lines, oldest year first.</summary>
/// <param name="AgencyId">The agency (the government for the district total).</param>
/// <param name="Name">Its name, or 全区合计.</param>
/// <param name="Lines">One per year of the dashboard, oldest first.</param>
public sealed record AgencyTrend(int AgencyId, string Name, IReadOnlyList<DashboardLine> Lines)
{
    /// <summary>The line of the last (shown) year.</summary>
    public DashboardLine Latest => Lines[^1];
}
