using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>What the reader found in an uploaded report file, shown for confirmation before anything is stored.</summary>
/// <param name="Report">The report as read (tables and sections).</param>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="Sha256">SHA-256 (hex) of the file's bytes: the confirmation must carry the same file.</param>
/// <param name="Shape">The shape the reader recognised (PDF, DOCX, HTML, text).</param>
/// <param name="Findings">The format's rules on the report as read (a published report may break them; they are shown, not blocking).</param>
public sealed record ImportedReportPreview(AnnualReport Report, string FileName, string Sha256, string Shape, IReadOnlyList<Finding> Findings);
