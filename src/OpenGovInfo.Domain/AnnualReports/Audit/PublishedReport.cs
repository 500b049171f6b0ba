namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// A report as an assessor meets it: the numbers and narrative read from it, its text, when and where it was
/// published, and a hash of its bytes (the identity human verdicts are keyed on).
/// </summary>
public sealed record PublishedReport
{
    /// <summary>The report read from the document.</summary>
    public required AnnualReport Report { get; init; }

    /// <summary>Where it was read from (path or URL).</summary>
    public required string Source { get; init; }

    /// <summary>SHA-256 of the document's bytes, hex.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The extracted text, by line.</summary>
    public ReportText Text { get; init; } = ReportText.Empty;

    /// <summary>Subtotals the document prints beyond the canonical table (variant layouts; C4), empty when none.</summary>
    public IReadOnlyList<PrintedSubtotal> Subtotals { get; init; } = [];

    /// <summary>The publication date, when anything says it.</summary>
    public PublicationDate? Published { get; init; }

    /// <summary>The issuer's name (title first, else the reader's agency).</summary>
    public string? Agency => Report.Agency;

    /// <summary>The statistical year.</summary>
    public int? Year => Report.Year;
}
