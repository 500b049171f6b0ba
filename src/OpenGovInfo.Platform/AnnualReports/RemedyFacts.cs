using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Platform.Applications;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>What Table 4 needs of one reconsideration or lawsuit.</summary>
/// <param name="Id">The record.</param>
/// <param name="Kind">Its group.</param>
/// <param name="FiledOn">Filing day: the year it is reported in.</param>
/// <param name="Result">The result recorded.</param>
/// <param name="DecidedOn">The day of the decision, if decided.</param>
public sealed record RemedyFacts(int Id, RemedyKind Kind, DateOnly FiledOn, RemedyResult Result, DateOnly? DecidedOn);
