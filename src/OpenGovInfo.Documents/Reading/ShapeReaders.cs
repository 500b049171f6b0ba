using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace OpenGovInfo.Documents.Reading;

/// <summary>Routes content to its shape's reader and turns the libraries' failures into <see cref="ReadFailure"/> values.</summary>
internal static class ShapeReaders
{
    /// <summary>Reads bytes of any shape.</summary>
    public static ReportReadResult Read(byte[] bytes, string source, CancellationToken cancellationToken)
    {
        if (bytes.Length == 0)
        {
            return ReportReadResult.Failed(source, DocumentShape.Unknown, ReadFailure.Empty, "文件为空");
        }

        return ShapeDetector.OfBytes(bytes) switch
        {
            DocumentShape.Pdf => ReadPdf(bytes, source, cancellationToken),
            DocumentShape.Docx => ReadDocx(bytes, source, cancellationToken),
            _ => ReadText(bytes, source, cancellationToken),
        };
    }

    private static ReportReadResult ReadText(byte[] bytes, string source, CancellationToken cancellationToken)
    {
        var text = ShapeDetector.Decode(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReportReadResult.Failed(source, DocumentShape.Text, ReadFailure.Empty, "文件为空");
        }

        if (ShapeDetector.LooksBinary(text))
        {
            return ReportReadResult.Failed(source, DocumentShape.Unknown, ReadFailure.Corrupt, "文件内容不是文本、PDF 或 Word 文档（可能已损坏）");
        }

        return AnnualReportReader.FromTokens(ShapeDetector.OfText(text), text, source, cancellationToken);
    }

    private static ReportReadResult ReadPdf(byte[] bytes, string source, CancellationToken cancellationToken)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true });
            var text = PdfLines.Extract(document, cancellationToken);
            if (string.IsNullOrWhiteSpace(text))
            {
                return ReportReadResult.Failed(source, DocumentShape.Pdf, ReadFailure.Empty, "PDF 中没有可提取的文字（可能是扫描件）");
            }

            return AnnualReportReader.Interpret(TextTokenizer.Tokenize(text, cancellationToken), text, source, DocumentShape.Pdf)
                with { PdfCreated = PdfDates.Parse(document.Information.CreationDate) };
        }
        catch (PdfDocumentEncryptedException ex)
        {
            return ReportReadResult.Failed(source, DocumentShape.Pdf, ReadFailure.Encrypted, "PDF 已加密：" + ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // PdfPig reports damage through many exception types (format, font, stream, index errors), depending on
            // where the file breaks; every one of them means this file cannot be read, which is a result, not a crash.
            // Cut = real objects but no end-of-file marker; noise after a %PDF header has no objects at all.
            var truncated = bytes.AsSpan(Math.Max(0, bytes.Length - 1024)).IndexOf("%%EOF"u8) < 0
                && bytes.AsSpan().IndexOf("endobj"u8) >= 0;
            return ReportReadResult.Failed(source, DocumentShape.Pdf, truncated ? ReadFailure.Truncated : ReadFailure.Corrupt,
                (truncated ? "PDF 不完整（缺少文件结尾）：" : "PDF 已损坏：") + ex.Message);
        }
    }

    private static ReportReadResult ReadDocx(byte[] bytes, string source, CancellationToken cancellationToken)
    {
        try
        {
            if (!ShapeDetector.IsWordZip(bytes))
            {
                return ReportReadResult.Failed(source, DocumentShape.Unknown, ReadFailure.NotAReport, "ZIP 文件不是 Word 文档（缺少 word/document.xml）");
            }

            var (tokens, text) = DocxTokens.Read(bytes, cancellationToken);
            return AnnualReportReader.Interpret(tokens, text, source, DocumentShape.Docx);
        }
        catch (InvalidDataException ex)
        {
            return ReportReadResult.Failed(source, DocumentShape.Docx, ReadFailure.Truncated, "Word 文档不完整或已损坏：" + ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // OpenXml and System.IO.Packaging fail with package, XML, IO and format exceptions alike on a damaged file.
            return ReportReadResult.Failed(source, DocumentShape.Docx, ReadFailure.Corrupt, "Word 文档已损坏：" + ex.Message);
        }
    }
}
