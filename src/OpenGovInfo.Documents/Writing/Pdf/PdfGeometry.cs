namespace OpenGovInfo.Documents.Writing.Pdf;

/// <summary>Page geometry and type sizes of the PDF (points, 1/72 inch).</summary>
internal static class PdfGeometry
{
    /// <summary>A4 width.</summary>
    public const float PageWidth = 595;

    /// <summary>A4 height.</summary>
    public const float PageHeight = 842;

    /// <summary>Left and right margin (about 2 cm).</summary>
    public const float SideMargin = 56;

    /// <summary>Top margin.</summary>
    public const float TopMargin = 62;

    /// <summary>Bottom margin; the page number sits inside it.</summary>
    public const float BottomMargin = 62;

    /// <summary>Baseline of the page number, from the page top.</summary>
    public const float FooterBaseline = PageHeight - 32;

    /// <summary>The text column's width.</summary>
    public const float ContentWidth = PageWidth - 2 * SideMargin;

    /// <summary>Where content may end.</summary>
    public const float ContentBottom = PageHeight - BottomMargin;

    public const float TitleSize = 18;
    public const float HeadingSize = 14;
    public const float BodySize = 11;
    public const float TableSize = 8.5f;
    public const float FooterSize = 9;

    /// <summary>Line height as a multiple of the font size for running text.</summary>
    public const float BodyLeading = 1.7f;

    /// <summary>Line height as a multiple of the font size inside table cells.</summary>
    public const float TableLeading = 1.3f;
}
