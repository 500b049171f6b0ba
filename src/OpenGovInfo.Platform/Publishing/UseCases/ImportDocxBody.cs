using OpenGovInfo.Documents.Attachments;
using OpenGovInfo.Documents.Html;
using OpenGovInfo.Platform.Common;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// An editor imports a Word document as an item's body (offices write in Word). The upload passes the same inspection
/// as an attachment (size counted while reading, entry count, declared and actual unpacked sizes, compression ratios,
/// macros: <see cref="AttachmentInspector"/>), must be a .docx by its content, and becomes HTML within the sanitiser's
/// allow-list. Nothing is stored: the HTML goes back into the form for the editor to check and save.
/// </summary>
public sealed class ImportDocxBody(Agencies.RichTextSanitizer sanitizer)
{
    /// <summary>The body HTML, or the Chinese reason the file cannot be imported.</summary>
    public async Task<Result<string>> RunAsync(string? fileName, string? contentType, Stream content, CancellationToken cancellationToken = default)
    {
        var verdict = await AttachmentInspector.InspectAsync(fileName, contentType, AddAttachment.MaxBytes, content, cancellationToken);
        if (!verdict.IsAccepted)
        {
            return Fail(verdict.Refusal.Message + "。");
        }

        var accepted = verdict.Accepted;

        if (accepted.Kind != AttachmentKind.Docx)
        {
            return Fail("只能从 Word 文档（.docx）导入正文；PDF、图片等请作为附件上传。");
        }

        var (html, error) = DocxBodyConverter.Convert(accepted.Content);
        if (html is null)
        {
            return Fail(error ?? throw new InvalidOperationException("A DOCX neither converted nor refused."));
        }

        if (sanitizer.CheckNesting(html, "导入的正文") is { } nesting)
        {
            return Fail(nesting);
        }

        var body = sanitizer.Sanitize(html);
        if (body.Length > Item.BodyMaxLength)
        {
            return Fail($"导入的正文有 {body.Length} 个字符，超过上限 {Item.BodyMaxLength} 个字符，请拆分文件。");
        }

        return string.IsNullOrWhiteSpace(HtmlText.Of(body)) && !body.Contains("<table", StringComparison.Ordinal)
            ? Fail("该 Word 文件中没有可导入的文字。")
            : Result.Success(body);
    }

    private static Result<string> Fail(string message) => Result.Failure<string>(new Error(ErrorCodes.DocxImport, message, "BodyDocx"));
}
