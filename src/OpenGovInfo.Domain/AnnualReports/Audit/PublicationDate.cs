namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>A publication date and where it was found.</summary>
/// <param name="Date">The date (Beijing time).</param>
/// <param name="Source">What said so.</param>
/// <param name="Excerpt">The words or value it was read from.</param>
public sealed record PublicationDate(DateOnly Date, PublicationDateSource Source, string Excerpt)
{
    /// <summary>Chinese name of the source, for messages.</summary>
    public string SourceName => Source switch
    {
        PublicationDateSource.PageMetadata => "网页发布日期",
        PublicationDateSource.Url => "网址中的日期",
        PublicationDateSource.PdfCreationDate => "PDF 创建日期",
        _ => "落款日期",
    };
}
