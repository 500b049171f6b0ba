namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>How serious an audit finding is, as audit-criteria.md grades its checks (E, W, I).</summary>
public enum AuditSeverity
{
    /// <summary>An objective violation (E).</summary>
    Error,

    /// <summary>A plausibility or quality problem (W).</summary>
    Warning,

    /// <summary>Worth a look (I).</summary>
    Info,
}
