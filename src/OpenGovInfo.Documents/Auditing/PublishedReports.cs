using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Auditing;

/// <summary>A read result as the audit's <see cref="PublishedReport"/>: text, content hash and publication date.</summary>
public static class PublishedReports
{
    /// <summary>The published report, or null when the read gave no report.</summary>
    /// <param name="result">The reader's result.</param>
    /// <param name="url">The address it was fetched from, when it was (its date is a publication date).</param>
    public static PublishedReport? From(ReportReadResult result, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            return null;
        }

        var text = ReportText.Of(result.Text);
        return new PublishedReport
        {
            Report = result.Report,
            Source = result.Source,
            ContentHash = result.ContentHash ?? "",
            Text = text,
            Subtotals = result.Subtotals,
            Published = PublicationDates.Find(text, url, result.PageDate, result.PdfCreated),
        };
    }

    /// <summary>True when the read failed because a PDF has no text layer (A7).</summary>
    public static bool IsImageOnly(ReportReadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Shape == DocumentShape.Pdf && result.Failure == ReadFailure.Empty;
    }
}
