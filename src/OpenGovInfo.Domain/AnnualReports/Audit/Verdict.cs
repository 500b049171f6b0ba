namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// A person's decision on one finding (H3), keyed by the finding's fingerprint — the report's content hash, the rule
/// and what the rule looked at — so it survives re-reading the same report and lapses when the report changes.
/// </summary>
/// <param name="Id">The finding's fingerprint.</param>
/// <param name="Rule">The rule, for people reading the file.</param>
/// <param name="Source">Where the report was read from, for people reading the file.</param>
/// <param name="Decision">Accept or dismiss.</param>
/// <param name="Reason">Why (required to dismiss).</param>
/// <param name="By">Who decided.</param>
/// <param name="On">When (Beijing date).</param>
public sealed record Verdict(string Id, string Rule, string Source, VerdictDecision Decision, string Reason, string? By, DateOnly On);
