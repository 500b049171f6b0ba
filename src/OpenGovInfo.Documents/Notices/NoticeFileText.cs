using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenGovInfo.Documents.Attachments;
using UglyToad.PdfPig;

namespace OpenGovInfo.Documents.Notices;

/// <summary>
/// The text of a holiday notice uploaded as .txt (UTF-8, or GB18030 as Chinese Windows saves it), .docx or .pdf, one
/// paragraph or printed line a line. Office and PDF files pass the attachment inspector first (zip bombs, disguised
/// files), so a hostile upload is refused before anything parses it.
/// </summary>
public static class NoticeFileText
{
    /// <summary>Largest file accepted (a notice is one page).</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The text, or a Chinese reason it cannot be read (never both).</summary>
    public static async Task<(string? Text, string? Error)> ReadAsync(string fileName, byte[] bytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (bytes.LongLength > MaxBytes)
        {
            return (null, $"文件过大（上限 {MaxBytes / 1024 / 1024} MB）。");
        }

        if (extension == ".txt")
        {
            return (Decode(bytes), null);
        }

        if (extension is not (".docx" or ".pdf"))
        {
            return (null, "只能上传 .txt、.docx 或 .pdf 格式的通知。");
        }

        using var stream = new MemoryStream(bytes, writable: false);
        var verdict = await AttachmentInspector.InspectAsync(fileName, null, MaxBytes, stream, cancellationToken);
        if (!verdict.IsAccepted)
        {
            return (null, verdict.Refusal.Message);
        }

        return extension == ".docx" ? Docx(bytes) : Pdf(bytes);
    }

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: Chinese Windows editors save GB18030 (GBK).
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static (string?, string?) Docx(byte[] bytes)
    {
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
            var body = document.MainDocumentPart?.Document?.Body;
            return body is null
                ? (null, "DOCX 文件没有正文。")
                : (string.Join('\n', body.Descendants<Paragraph>().Select(p => p.InnerText)), null);
        }
        catch (OpenXmlPackageException)
        {
            return (null, "无法读取该 DOCX 文件：文件已损坏或不是 Word 文档。");
        }
    }

    private static (string?, string?) Pdf(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes);
            return (Reading.PdfLines.Extract(document, CancellationToken.None).Replace('\f', '\n'), null);
        }
        catch (UglyToad.PdfPig.Core.PdfDocumentFormatException)
        {
            return (null, "无法读取该 PDF 文件：文件已损坏或不是 PDF。");
        }
    }
}
