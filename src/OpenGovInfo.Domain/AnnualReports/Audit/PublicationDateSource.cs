namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>Where a publication date came from, strongest first (A1 uses the first available).</summary>
public enum PublicationDateSource
{
    /// <summary>The web page's 发布日期 metadata or printed 发布时间.</summary>
    PageMetadata,

    /// <summary>The date in the page address (…/202401/t20240125_….html).</summary>
    Url,

    /// <summary>The PDF's /CreationDate.</summary>
    PdfCreationDate,

    /// <summary>The 落款 (signature) date at the end of the report.</summary>
    Signature,
}
