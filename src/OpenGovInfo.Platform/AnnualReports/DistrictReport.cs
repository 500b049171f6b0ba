namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>The district government's report for a year: its own work plus every member agency, summed.</summary>
/// <param name="GovernmentId">The district government (the reporting body).</param>
/// <param name="Total">The element-wise sum, with the sections pre-filled from it.</param>
/// <param name="Members">The reports summed: the government's own first, then its agencies in id order.</param>
public sealed record DistrictReport(int GovernmentId, CompiledReport Total, IReadOnlyList<CompiledReport> Members);
