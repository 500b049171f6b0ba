using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenGovInfo.Documents.Writing.Docx;
using OpenGovInfo.Documents.Writing.Pdf;
using OpenGovInfo.Domain.Applications.Letters;

namespace OpenGovInfo.Documents.Letters;

/// <summary>
/// A reply letter (答复书) as DOCX (OpenXml, the report's styles) and as A4 PDF (the report's Skia composer with an
/// embedded CJK subset, so the text can be read back): title, number, addressee, body, signature and date.
/// </summary>
public static class ReplyLetterRenderer
{
    /// <summary>The letter as a .docx package.</summary>
    public static byte[] Docx(ReplyLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = letter.Title;
            document.PackageProperties.Language = "zh-CN";
            var main = document.AddMainDocumentPart();
            DocxStyles.Add(main);
            var body = new Body(
                DocxText.Styled(DocxStyles.Title, letter.Title),
                Aligned(letter.LetterNumber, JustificationValues.Center),
                new Paragraph(DocxText.Run(letter.Addressee)));
            body.Append(letter.Paragraphs.Select(DocxText.Body));
            body.Append(DocxText.Spacer(), Aligned(letter.Signature, JustificationValues.Right), Aligned(letter.DateText, JustificationValues.Right));
            body.Append(new SectionProperties(
                new PageSize { Width = DocxLayout.PageWidth, Height = DocxLayout.PageHeight },
                new PageMargin { Top = DocxLayout.Margin, Bottom = DocxLayout.Margin, Left = DocxLayout.SideMargin, Right = DocxLayout.SideMargin, Header = 851, Footer = 992, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return buffer.ToArray();
    }

    /// <summary>The letter as a PDF; throws <see cref="Writing.RenderingException"/> when no CJK font is installed.</summary>
    public static byte[] Pdf(ReplyLetter letter, PdfRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var font = CjkFontLocator.Load(options ?? new PdfRenderOptions());
        var composer = new PdfComposer(font.Typeface);
        try
        {
            composer.Text(letter.Title, PdfGeometry.TitleSize, 1.5f, centred: true);
            composer.Text(letter.LetterNumber, PdfGeometry.BodySize, PdfGeometry.BodyLeading, centred: true);
            composer.Y += PdfGeometry.BodySize;
            composer.Text(letter.Addressee, PdfGeometry.BodySize, PdfGeometry.BodyLeading);
            foreach (var paragraph in letter.Paragraphs)
            {
                composer.Text(paragraph, PdfGeometry.BodySize, PdfGeometry.BodyLeading, indent: 2 * PdfGeometry.BodySize);
            }

            composer.Y += PdfGeometry.BodySize * 2;
            var right = PdfGeometry.ContentWidth - (PdfGeometry.BodySize * (letter.Signature.Length + 2));
            composer.Text(letter.Signature, PdfGeometry.BodySize, PdfGeometry.BodyLeading, indent: Math.Max(0, right));
            composer.Text(letter.DateText, PdfGeometry.BodySize, PdfGeometry.BodyLeading, indent: Math.Max(0, right));
            composer.AddPageNumbers();
            using var buffer = new MemoryStream(64 * 1024);
            PdfPageWriter.Write(buffer, composer.Pages, font, letter.Title);
            return buffer.ToArray();
        }
        finally
        {
            composer.DisposeFonts();
        }
    }

    private static Paragraph Aligned(string text, JustificationValues justification) =>
        new(new ParagraphProperties { Justification = new Justification { Val = justification } }, DocxText.Run(text));
}
