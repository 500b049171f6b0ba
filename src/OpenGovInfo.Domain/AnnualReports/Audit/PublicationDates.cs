using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// A1's date, strongest source first: the page's 发布日期 (metadata or printed near the top), the date in the
/// address, the PDF's creation date, then the 落款 date in the report's last lines. Nothing is taken from file names
/// or file times, which say when a copy was made, not when the report was published.
/// </summary>
public static partial class PublicationDates
{
    private const int TopLines = 40;
    private const int SignatureLines = 12;

    /// <summary>The best date, or null when nothing states one.</summary>
    public static PublicationDate? Find(ReportText text, string? url = null, string? pageMetadata = null, DateOnly? pdfCreated = null)
    {
        return FromMetadata(pageMetadata) ?? Printed(text) ?? FromUrl(url)
            ?? (pdfCreated is { } c ? new PublicationDate(c, PublicationDateSource.PdfCreationDate, c.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null)
            ?? Signature(text);
    }

    /// <summary>A date in a metadata value ("2024-01-25 10:00", "2024年01月25日").</summary>
    public static PublicationDate? FromMetadata(string? value) =>
        value is not null && Date(value) is { } d ? new PublicationDate(d, PublicationDateSource.PageMetadata, value.Trim()) : null;

    /// <summary>The date in an address: …/t20240125_…, …/2024-01/25/…, …/20240125/….</summary>
    public static PublicationDate? FromUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var m = UrlDate().Match(url);
        return m.Success && Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } d
            ? new PublicationDate(d, PublicationDateSource.Url, m.Value)
            : null;
    }

    private static PublicationDate? Printed(ReportText text)
    {
        foreach (var line in text.Lines.Take(TopLines))
        {
            var m = PrintedDate().Match(line.Key);
            if (m.Success && Date(m.Groups["date"].Value) is { } d)
            {
                return new PublicationDate(d, PublicationDateSource.PageMetadata, line.Text.Trim());
            }
        }

        return null;
    }

    /// <summary>The last full date in the last non-empty lines: the 落款 under the agency's name.</summary>
    private static PublicationDate? Signature(ReportText text)
    {
        foreach (var line in text.Lines.Where(l => l.Key.Length > 0).Reverse().Take(SignatureLines))
        {
            var matches = ChineseDate().Matches(line.Key);
            // A line that is mostly a date is a 落款; a sentence that mentions a date is not.
            if (matches.Count > 0 && line.Key.Length <= matches[^1].Length + 20
                && Date(matches[^1].Value) is { } d)
            {
                return new PublicationDate(d, PublicationDateSource.Signature, line.Text.Trim());
            }
        }

        return null;
    }

    private static DateOnly? Date(string value)
    {
        var m = AnyDate().Match(value);
        return m.Success ? Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    private static DateOnly? Make(string y, string m, string d) =>
        int.TryParse(y, CultureInfo.InvariantCulture, out var year) && int.TryParse(m, CultureInfo.InvariantCulture, out var month)
        && int.TryParse(d, CultureInfo.InvariantCulture, out var day) && year is >= 2000 and <= 2099 && month is >= 1 and <= 12
        && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"(?:发布日期|发布时间|发文日期|成文日期|公开日期)[:：]?(?<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex PrintedDate();

    [GeneratedRegex(@"(?<y>20\d\d)\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"(?<y>20\d\d)年(?<m>\d{1,2})月(?<d>\d{1,2})日", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"(?:t|/)(?<y>20\d\d)[-/]?(?<m>[01]\d)[-/]?(?<d>[0-3]\d)(?=[_/.])", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();
}
