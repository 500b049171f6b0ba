using SkiaSharp;

namespace OpenGovInfo.Documents.Writing.Pdf;

/// <summary>How fonts are set up for both measuring and drawing, so that the two agree to the last point.</summary>
internal static class PdfFonts
{
    /// <summary>
    /// A font without hinting and with linear (unrounded) advances: a PDF is vector output, and hinted advances
    /// differ between the full typeface used for layout and the subset drawn into the file.
    /// </summary>
    public static SKFont Create(SKTypeface typeface, float size) =>
        new(typeface, size) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };
}
