namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>A group of catalogue checks that look at one report (and its context).</summary>
public interface IAuditCheck
{
    /// <summary>Adds the findings of the checks for <paramref name="report"/>.</summary>
    void Check(PublishedReport report, AuditContext context, ICollection<AuditFinding> findings);
}
