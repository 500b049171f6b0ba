using SkiaSharp;

namespace OpenGovInfo.Documents.Writing.Pdf;

/// <summary>Flows content down the pages: a cursor, page breaks, and the running text blocks (title, headings, paragraphs).</summary>
internal sealed class PdfComposer
{
    private readonly SKTypeface typeface;
    private readonly Dictionary<float, SKFont> fonts = [];

    /// <summary>Starts on page 1; <paramref name="typeface"/> measures the text (glyph advances).</summary>
    public PdfComposer(SKTypeface typeface)
    {
        this.typeface = typeface;
        NewPage();
    }

    /// <summary>Pages so far.</summary>
    public List<PdfPage> Pages { get; } = [];

    /// <summary>The page being filled.</summary>
    public PdfPage Page => Pages[^1];

    /// <summary>The cursor: top of the free space on the current page.</summary>
    public float Y { get; set; }

    /// <summary>Space left on the current page.</summary>
    public float Remaining => PdfGeometry.ContentBottom - Y;

    /// <summary>A font of the report's typeface at a size (one instance per size and render).</summary>
    public SKFont Font(float size)
    {
        if (!fonts.TryGetValue(size, out var font))
        {
            font = PdfFonts.Create(typeface, size);
            fonts[size] = font;
        }

        return font;
    }

    /// <summary>Starts a new page and puts the cursor at its top.</summary>
    public void NewPage()
    {
        Pages.Add(new PdfPage());
        Y = PdfGeometry.TopMargin;
    }

    /// <summary>Breaks the page unless <paramref name="height"/> points still fit.</summary>
    public void KeepSpace(float height)
    {
        if (height > Remaining && Y > PdfGeometry.TopMargin)
        {
            NewPage();
        }
    }

    /// <summary>Running text: wrapped, optionally centred or first-line indented, breaking pages between lines.</summary>
    public void Text(string text, float size, float leading, bool centred = false, float indent = 0)
    {
        var font = Font(size);
        var lineHeight = size * leading;
        var lines = centred
            ? TextWrapper.WrapBalanced(text, font, PdfGeometry.ContentWidth)
            : TextWrapper.Wrap(text, font, PdfGeometry.ContentWidth, indent);
        for (var i = 0; i < lines.Count; i++)
        {
            KeepSpace(lineHeight);
            var x = PdfGeometry.SideMargin + (i == 0 ? indent : 0);
            if (centred)
            {
                x = PdfGeometry.SideMargin + (PdfGeometry.ContentWidth - font.MeasureText(lines[i])) / 2;
            }

            // Baseline placed so the glyphs sit in the middle of the line box.
            Page.Texts.Add(new PlacedText(lines[i], x, Y + (lineHeight + size * 0.7f) / 2, size));
            Y += lineHeight;
        }
    }

    /// <summary>Adds the page numbers, now that the number of pages is known.</summary>
    public void AddPageNumbers()
    {
        var font = Font(PdfGeometry.FooterSize);
        for (var i = 0; i < Pages.Count; i++)
        {
            var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"第 {i + 1} 页 共 {Pages.Count} 页");
            var x = (PdfGeometry.PageWidth - font.MeasureText(text)) / 2;
            Pages[i].Texts.Add(new PlacedText(text, x, PdfGeometry.FooterBaseline, PdfGeometry.FooterSize));
        }
    }

    /// <summary>Releases the fonts created for this render (the typeface itself stays cached).</summary>
    public void DisposeFonts()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }

        fonts.Clear();
    }
}
