using UglyToad.PdfPig;

namespace OpenGovInfo.Documents.Tests.Writing;

/// <summary>A rendered PDF read back with PdfPig: page sizes and the text of each page in content order.</summary>
internal sealed class PdfText
{
    private PdfText(List<(double Width, double Height)> sizes, List<string> pages, List<(double Bottom, double Top)> extents)
    {
        PageSizes = sizes;
        Pages = pages;
        Extents = extents;
    }

    /// <summary>Media box sizes in points.</summary>
    public List<(double Width, double Height)> PageSizes { get; }

    /// <summary>Each page's letters in drawing order, whitespace removed (so wrapped labels read as one).</summary>
    public List<string> Pages { get; }

    /// <summary>Lowest and highest letter baseline per page, in PDF coordinates (origin bottom-left).</summary>
    public List<(double Bottom, double Top)> Extents { get; }

    /// <summary>All pages' text.</summary>
    public string All => string.Concat(Pages);

    /// <summary>Reads the document.</summary>
    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var sizes = new List<(double, double)>();
        var pages = new List<string>();
        var extents = new List<(double, double)>();
        foreach (var page in document.GetPages())
        {
            sizes.Add((page.Width, page.Height));
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            pages.Add(string.Concat(letters.Select(l => l.Value)));
            extents.Add((letters.Min(l => l.StartBaseLine.Y), letters.Max(l => l.StartBaseLine.Y)));
        }

        return new PdfText(sizes, pages, extents);
    }

    /// <summary>Text with whitespace removed, for comparing with <see cref="Pages"/>.</summary>
    public static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
