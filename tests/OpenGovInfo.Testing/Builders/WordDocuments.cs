using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace OpenGovInfo.Testing.Builders;

/// <summary>Real .docx files for tests, made with the OpenXML SDK.</summary>
public static class WordDocuments
{
    /// <summary>A document with one paragraph per line of <paramref name="text"/>, as an office types a notice.</summary>
    public static byte[] Paragraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(text.Split('\n').Select(line => new W.Paragraph(new W.Run(new W.Text(line))))));
        }

        return stream.ToArray();
    }
}
