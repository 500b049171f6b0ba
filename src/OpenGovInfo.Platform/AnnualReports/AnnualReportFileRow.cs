namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>A rendered file of a published report (HTML, DOCX, PDF, JSON, CSV), frozen with its SHA-256.</summary>
public sealed class AnnualReportFileRow
{
    /// <summary>Identity.</summary>
    public int Id { get; set; }

    /// <summary>The report.</summary>
    public int ReportId { get; set; }

    /// <summary>The report (navigation, so a new report and its first version are saved together).</summary>
    public AnnualReportRow? Report { get; set; }

    /// <summary><c>html</c>, <c>docx</c>, <c>pdf</c>, <c>json</c> or <c>csv</c>.</summary>
    public string Format { get; set; } = string.Empty;

    /// <summary>MIME type.</summary>
    public string ContentType { get; set; } = string.Empty;

    /// <summary>The bytes.</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>SHA-256 (hex) of <see cref="Content"/>.</summary>
    public string Sha256 { get; set; } = string.Empty;
}
