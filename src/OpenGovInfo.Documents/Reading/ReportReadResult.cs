using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Reading;

/// <summary>The outcome of reading one file: a report (with its findings), or why there is none.</summary>
/// <param name="Source">The path or name as given to the reader.</param>
/// <param name="Shape">The shape the content was recognised as.</param>
/// <param name="Report">The report, when <see cref="Failure"/> is <see cref="ReadFailure.None"/>.</param>
/// <param name="Failure">Why no report was produced.</param>
/// <param name="Error">A message for people when the read failed.</param>
public sealed record ReportReadResult(string Source, DocumentShape Shape, AnnualReport? Report, ReadFailure Failure, string? Error)
{
    /// <summary>The document's visible text as the reader saw it (pages separated by form feeds), for the audit's
    /// outline, wording and evidence checks; null when the read failed before any text.</summary>
    public string? Text { get; init; }

    /// <summary>Subtotals the document prints that the canonical report has no place for (a 法人或其他组织 小计
    /// column, （三）…（六） category rows), as printed: read facts for the audit (C4), not part of the report's JSON.</summary>
    public IReadOnlyList<PrintedSubtotal> Subtotals { get; init; } = [];

    /// <summary>SHA-256 of the bytes read (hex, lower case): the identity of this version of the document.</summary>
    public string? ContentHash { get; init; }

    /// <summary>The publication date an HTML page declares in its metadata (PubDate and the like), as written.</summary>
    public string? PageDate { get; init; }

    /// <summary>The PDF's /CreationDate, when it has a valid one.</summary>
    public DateOnly? PdfCreated { get; init; }

    /// <summary>True when a report was produced.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Report))]
    public bool Succeeded => Report is not null && Failure == ReadFailure.None;

    /// <summary>A successful read.</summary>
    public static ReportReadResult Ok(string source, DocumentShape shape, AnnualReport report) =>
        new(source, shape, report, ReadFailure.None, null);

    /// <summary>A failed read.</summary>
    public static ReportReadResult Failed(string source, DocumentShape shape, ReadFailure failure, string error) =>
        new(source, shape, null, failure, error);
}
