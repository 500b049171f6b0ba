using OpenGovInfo.Domain.AnnualReports.Rules;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// Audits one published report the way an assessor does (audit-criteria.md): the engine's table rules and reader
/// findings as they are, then every catalogue check that can be decided from the document and its context.
/// Near-duplicates (D4, D5) and roll-up (I1, I2) need several reports; <see cref="NearDuplicates"/> and
/// <see cref="RollUp"/> add those.
/// </summary>
public static class AnnualReportAuditor
{
    /// <summary>Every single-report check group, in the order their findings are listed.</summary>
    public static IReadOnlyList<IAuditCheck> Checks { get; } =
    [
        new TimelinessChecks(),
        new OutlineChecks(),
        new ContentChecks(),
        new LayoutChecks(),
        new CellChecks(),
        new SubtotalChecks(),
        new CrossYearChecks(),
        new NarrativeChecks(),
        new AgencyNameCheck(),
        new FeeChecks(),
        new QualityChecks(),
    ];

    /// <summary>The findings for a report.</summary>
    public static List<AuditFinding> Audit(PublishedReport report, AuditContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        context ??= AuditContext.None;
        var findings = report.Report.Findings
            .Where(f => f.Rule is not (RuleIds.CarryOverAcrossYears or RuleIds.InForceContinuity))
            .Select(FromRule)
            .ToList();
        foreach (var check in Checks)
        {
            check.Check(report, context, findings);
        }

        // A row the reader gave up on because a placeholder stands where a number belongs is a blank (B7), not an
        // unreadable row: its READ finding would send people looking for a reader problem that is not there.
        var blankRows = findings.Where(f => f.Rule == "B7").SelectMany(f => f.Evidence)
            .Where(e => e.Line is not null).Select(e => e.Cell).OfType<string>().ToHashSet(StringComparer.Ordinal);
        findings.RemoveAll(f => f.Rule == RuleIds.Read && blankRows.Contains(f.Key));
        return findings;
    }

    /// <summary>A7: a PDF with no text layer (a scan) — the report cannot be read or searched (可获取性不强).</summary>
    public static AuditFinding ImageOnly(string source) =>
        new("A7", AuditSeverity.Warning, "text_layer", "PDF 没有文字层（扫描件或图片），无法复制、检索和机读，可获取性不强",
            [new Evidence(Excerpt: source)]);

    /// <summary>An engine finding (table rule or READ) as an audit finding: same rule id, the cell path as evidence.
    /// A READ finding is an unreadable cell — the checks on it are undecided (H1).</summary>
    public static AuditFinding FromRule(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var severity = finding.Severity == FindingSeverity.Error ? AuditSeverity.Error : AuditSeverity.Warning;
        return new AuditFinding(finding.Rule, severity, finding.Where, finding.Message,
            [new Evidence(finding.Where)], Uncertain: finding.Rule == RuleIds.Read);
    }
}
