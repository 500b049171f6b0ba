using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>The outcome of reading one file: a report (with its findings), or why there is none.</summary>
/// <param name="Source">The path or name as given to the reader.</param>
/// <param name="Shape">The shape the content was recognised as.</param>
/// <param name="Report">The report, when <see cref="Failure"/> is <see cref="ReadFailure.None"/>.</param>
/// <param name="Failure">Why no report was produced.</param>
/// <param name="Error">A message for people when the read failed.</param>
public sealed record ReportReadResult(string Source, DocumentShape Shape, AnnualReport? Report, ReadFailure Failure, string? Error)
{
    /// <summary>True when a report was produced.</summary>
    public bool Succeeded => Report is not null && Failure == ReadFailure.None;

    /// <summary>A successful read.</summary>
    public static ReportReadResult Ok(string source, DocumentShape shape, AnnualReport report) =>
        new(source, shape, report, ReadFailure.None, null);

    /// <summary>A failed read.</summary>
    public static ReportReadResult Failed(string source, DocumentShape shape, ReadFailure failure, string error) =>
        new(source, shape, null, failure, error);
}
