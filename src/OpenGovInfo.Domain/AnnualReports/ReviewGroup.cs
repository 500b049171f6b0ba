namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>A five-column group of Table 4, e.g. 行政复议 or 复议后起诉.</summary>
/// <param name="Code">Stable identifier, e.g. <c>reconsideration</c>.</param>
/// <param name="Label">Exact printed label.</param>
/// <param name="ParentLabel">The spanning header above it (行政诉讼), or null.</param>
public sealed record ReviewGroup(string Code, string Label, string? ParentLabel);
