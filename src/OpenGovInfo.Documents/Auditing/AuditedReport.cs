using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Auditing;

/// <summary>One input of an audit run: what the reader gave, the report as published (when read) and its findings.</summary>
/// <param name="Result">The reader's result.</param>
/// <param name="Published">The published report, or null when the file gave none.</param>
/// <param name="Findings">The audit findings (an unread scan still gets A7).</param>
public sealed record AuditedReport(ReportReadResult Result, PublishedReport? Published, IReadOnlyList<AuditFinding> Findings);
