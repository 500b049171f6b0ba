namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// One result of an audit check. <see cref="Rule"/> is the catalogue id (<c>B2</c>, <c>D4</c>, …) or, for the table
/// rules the engine already had, theirs (<c>T3-1</c>; <see cref="AuditCatalogue"/> maps them to C1 …).
/// </summary>
/// <param name="Rule">Catalogue or table-rule id.</param>
/// <param name="Severity">The catalogue's severity for this outcome.</param>
/// <param name="Key">What the check looked at (a cell path, a heading, a pair of sources): with the rule and the
/// report's content hash it makes the finding's fingerprint, so a human verdict survives a re-read.</param>
/// <param name="Message">Chinese message quoting the values.</param>
/// <param name="Evidence">Cells, values, places and excerpts the finding rests on.</param>
/// <param name="Uncertain">True when the input cannot decide the check (a blank cell, no publication date):
/// the check is neither passed nor failed (UNCERTAIN).</param>
public sealed record AuditFinding(
    string Rule, AuditSeverity Severity, string Key, string Message, IReadOnlyList<Evidence> Evidence, bool Uncertain = false)
{
    /// <summary>An UNCERTAIN outcome: the check could not be decided, and why.</summary>
    public static AuditFinding Undecided(string rule, AuditSeverity severity, string key, string why, params Evidence[] evidence) =>
        new(rule, severity, key, "无法判断：" + why, evidence, Uncertain: true);

    /// <summary>The stable id of this finding on a report with the given content hash.</summary>
    public string Fingerprint(string contentHash) => FindingFingerprint.Of(contentHash, Rule, Key);
}
