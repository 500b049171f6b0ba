namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>One of the six sections of the report.</summary>
/// <param name="Number">Chinese ordinal, e.g. <c>一</c>.</param>
/// <param name="Heading">Exact heading, e.g. <c>一、总体情况</c>.</param>
/// <param name="NarrativeKey">Key in <c>sections</c> for narrative sections; null for the table sections 二–四.</param>
/// <param name="Variants">Heading wordings seen in published reports, accepted by readers.</param>
public sealed record ReportSection(string Number, string Heading, string? NarrativeKey, IReadOnlyList<string> Variants);
