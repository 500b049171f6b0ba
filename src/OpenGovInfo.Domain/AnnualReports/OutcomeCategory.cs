namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>A merged level-2 header of Table 3 that carries no numbers of its own, e.g. （三）不予公开.</summary>
/// <param name="Code">The code prefix of its rows, e.g. <c>withheld</c>.</param>
/// <param name="Label">Exact printed label.</param>
public sealed record OutcomeCategory(string Code, string Label);
