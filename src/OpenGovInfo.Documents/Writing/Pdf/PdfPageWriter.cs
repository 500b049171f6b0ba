using SkiaSharp;

namespace OpenGovInfo.Documents.Writing.Pdf;

/// <summary>Draws laid-out pages into a PDF with Skia, using a font subset that holds just the glyphs drawn.</summary>
internal static class PdfPageWriter
{
    /// <summary>Writes every page.</summary>
    public static void Write(Stream output, IReadOnlyList<PdfPage> pages, CjkFont font, string title)
    {
        using var subset = font.Subset(pages.SelectMany(p => p.Texts).Select(t => t.Text));
        var fonts = new Dictionary<float, SKFont>();
        try
        {
            WritePages(output, pages, title, size => fonts.TryGetValue(size, out var f) ? f : fonts[size] = PdfFonts.Create(subset, size));
        }
        finally
        {
            foreach (var f in fonts.Values)
            {
                f.Dispose();
            }
        }
    }

    private static void WritePages(Stream output, IReadOnlyList<PdfPage> pages, string title, Func<float, SKFont> fontOf)
    {
        // No creation date: the same report gives the same bytes.
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title,
            Creator = "OpenGovInfo",
            Producer = "OpenGovInfo (SkiaSharp)",
            RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
            EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
        };
        using var document = SKDocument.CreatePdf(output, metadata);
        using var stroke = new SKPaint { Color = SKColors.Black, IsStroke = true, StrokeWidth = 0.6f, IsAntialias = true };
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        foreach (var page in pages)
        {
            var canvas = document.BeginPage(PdfGeometry.PageWidth, PdfGeometry.PageHeight);
            foreach (var line in page.Lines)
            {
                canvas.DrawLine(line.X1, line.Y1, line.X2, line.Y2, stroke);
            }

            foreach (var text in page.Texts)
            {
                canvas.DrawText(text.Text, text.X, text.Baseline, SKTextAlign.Left, fontOf(text.Size), ink);
            }

            document.EndPage();
        }

        document.Close();
    }
}
