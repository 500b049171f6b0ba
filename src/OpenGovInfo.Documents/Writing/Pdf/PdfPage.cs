namespace OpenGovInfo.Documents.Writing.Pdf;

/// <summary>Text placed on a page: left end of its baseline, in points from the page's top-left corner.</summary>
internal readonly record struct PlacedText(string Text, float X, float Baseline, float Size);

/// <summary>A ruled line (table grid), in points from the page's top-left corner.</summary>
internal readonly record struct RuledLine(float X1, float Y1, float X2, float Y2);

/// <summary>
/// One laid-out page. Layout runs to the end before anything is drawn, so that the footer can say how many pages
/// there are; texts are drawn in the order added, which is the order a PDF reader extracts them in.
/// </summary>
internal sealed class PdfPage
{
    /// <summary>Texts in reading order.</summary>
    public List<PlacedText> Texts { get; } = [];

    /// <summary>Grid lines.</summary>
    public List<RuledLine> Lines { get; } = [];
}
