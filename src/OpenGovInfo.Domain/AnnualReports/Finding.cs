namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>Something a rule or a reader found about a report.</summary>
/// <param name="Rule">Rule id from annual-report-format.md §3 (T3-1 …) or <c>READ</c> for reader problems.</param>
/// <param name="Severity">Error (a hard rule is broken) or warning (heuristic, soft or cross-year).</param>
/// <param name="Where">What the rule looked at, in the canonical JSON path style (<c>applications.total</c>).</param>
/// <param name="Message">A precise Chinese message that quotes the numbers.</param>
public sealed record Finding(string Rule, FindingSeverity Severity, string Where, string Message);
