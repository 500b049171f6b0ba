namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>What an audit may compare a report with besides itself.</summary>
public sealed record AuditContext
{
    /// <summary>Nothing to compare with.</summary>
    public static AuditContext None { get; } = new();

    /// <summary>The same agency's report for the year before (the D checks, C8).</summary>
    public PublishedReport? Previous { get; init; }

    /// <summary>Other copies of the same agency's report for the same year (A6).</summary>
    public IReadOnlyList<PublishedReport> OtherCopies { get; init; } = [];

    /// <summary>The versions earlier reads of the same address recorded (A4), oldest first.</summary>
    public IReadOnlyList<SeenVersion> EarlierVersions { get; init; } = [];
}
