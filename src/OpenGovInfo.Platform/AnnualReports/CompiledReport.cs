using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>An agency's report for a year as the platform's records give it, with the records behind every cell.</summary>
/// <param name="AgencyId">The reporting agency.</param>
/// <param name="Report">Tables 二–四 fully known (zeros included) and sections 一 and 六 pre-filled.</param>
/// <param name="Sources">Cell key (<see cref="CellKeys"/>) → the records it counts.</param>
/// <param name="Published">The overview's proactive-disclosure counts.</param>
/// <param name="FeesCollectedFen">信息处理费 collected in the year (fen), for section 六.</param>
public sealed record CompiledReport(int AgencyId, AnnualReport Report, IReadOnlyDictionary<string, CellSources> Sources, ProactiveCounts Published, long FeesCollectedFen);
