namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>One member agency's part of a district report cell.</summary>
/// <param name="AgencyId">The member agency.</param>
/// <param name="AgencyName">Its name.</param>
/// <param name="Value">Its value of the cell (null when unknown).</param>
/// <param name="RecordCount">How many of its records the cell counts (its drill-down list's length).</param>
public sealed record CellContribution(int AgencyId, string AgencyName, decimal? Value, int RecordCount);
