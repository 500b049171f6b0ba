using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Json;

/// <summary>The outcome of reading a canonical JSON report: the report, or every error found.</summary>
public sealed record JsonReadResult(AnnualReport? Report, IReadOnlyList<JsonReadError> Errors)
{
    /// <summary>True when the report was read without error.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Report))]
    public bool Succeeded => Report is not null && Errors.Count == 0;
}
