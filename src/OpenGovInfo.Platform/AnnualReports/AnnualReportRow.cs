namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// An agency's annual report for a year as a first-class record (not an item recognised by its title): status, the
/// current version, and once published the frozen content's SHA-256.
/// </summary>
public sealed class AnnualReportRow
{
    /// <summary>Identity.</summary>
    public int Id { get; set; }

    /// <summary>The reporting agency.</summary>
    public int AgencyId { get; set; }

    /// <summary>The year the data cover.</summary>
    public int Year { get; set; }

    /// <summary>The format's canonical JSON name ("2021").</summary>
    public string Format { get; set; } = "2021";

    /// <summary>Where it stands.</summary>
    public ReportStatus Status { get; set; }

    /// <summary>The latest version number (1, 2, …).</summary>
    public int Version { get; set; }

    /// <summary>First saved (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Last changed (UTC); also the optimistic-concurrency token.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Last submitted to 政务公开办 (UTC).</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>Published (UTC).</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>SHA-256 (hex) of the published canonical JSON.</summary>
    public string? ContentHash { get; set; }

    /// <summary>Compiled here, or imported from a file published elsewhere.</summary>
    public ReportSource Source { get; set; }

    /// <summary>The imported file's name as uploaded (the file itself is kept among the report's files).</summary>
    public string? SourceFileName { get; set; }
}
