using System.Security.Cryptography;

namespace OpenGovInfo.Documents.Attachments;

/// <summary>
/// Decides whether an uploaded file may be attached to a published item (条例 第二十三条: proactively disclosed
/// information is published through the portal, so whatever is accepted here is served to the public).
/// The type is sniffed from the content; the name and declared type must agree with it.
/// </summary>
public static class AttachmentInspector
{
    /// <summary>Inspects an upload with the default limits except <paramref name="maxBytes"/>.</summary>
    public static Task<AttachmentVerdict> InspectAsync(string? fileName, string? declaredContentType, long maxBytes,
        Stream content, CancellationToken cancellationToken = default) =>
        InspectAsync(fileName, declaredContentType, AttachmentLimits.Default with { MaxBytes = maxBytes }, content,
            cancellationToken);

    /// <summary>Inspects an upload: reads at most <see cref="AttachmentLimits.MaxBytes"/> + 1 bytes from the stream.</summary>
    public static async Task<AttachmentVerdict> InspectAsync(string? fileName, string? declaredContentType,
        AttachmentLimits limits, Stream content, CancellationToken cancellationToken = default)
    {
        var (displayName, nameRefusal) = AttachmentFileName.Reduce(fileName, limits.MaxNameLength);
        if (displayName is null)
        {
            return AttachmentVerdict.Refuse(nameRefusal ?? throw new InvalidOperationException("A file name neither kept nor refused."));
        }

        var extension = AttachmentFileName.Extension(displayName);
        if (ForbiddenExtensions.Check(extension) is { } forbidden)
        {
            return AttachmentVerdict.Refuse(forbidden);
        }

        var bytes = await CappedReader.ReadAsync(content, limits.MaxBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return AttachmentVerdict.Refuse(AttachmentRefusalReason.TooLarge, $"文件超过大小上限（{SizeText.Of(limits.MaxBytes)}）");
        }

        return Inspect(displayName, extension, declaredContentType, limits, bytes);
    }

    private static AttachmentVerdict Inspect(string displayName, string extension, string? declaredContentType,
        AttachmentLimits limits, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return AttachmentVerdict.Refuse(AttachmentRefusalReason.Empty, "文件为空");
        }

        var (kind, refusal) = KindOf(bytes, limits);
        if (kind is not { } known)
        {
            return AttachmentVerdict.Refuse(refusal ?? throw new InvalidOperationException("A file neither recognised nor refused."));
        }

        var name = AttachmentFormats.DisplayName(known);
        if (!AttachmentFormats.HasExtension(known, extension))
        {
            var shown = extension.Length == 0 ? "（无扩展名）" : $"“{extension}”";
            return AttachmentVerdict.Refuse(AttachmentRefusalReason.ExtensionMismatch, $"文件扩展名{shown}与实际内容（{name}）不符");
        }

        if (!AttachmentFormats.AcceptsDeclaredType(known, declaredContentType))
        {
            return AttachmentVerdict.Refuse(AttachmentRefusalReason.ContentTypeMismatch,
                $"声明的文件类型“{declaredContentType}”与实际内容（{name}）不符");
        }

        return AttachmentVerdict.Accept(new AcceptedAttachment(known, displayName, StorageName(known),
            AttachmentFormats.ContentType(known), bytes));
    }

    private static (AttachmentKind? Kind, AttachmentRefusal? Refusal) KindOf(byte[] bytes, AttachmentLimits limits)
    {
        var signature = MagicBytes.Sniff(bytes);
        return signature switch
        {
            Signature.Pdf => (AttachmentKind.Pdf, null),
            Signature.Png => (AttachmentKind.Png, null),
            Signature.Jpeg => (AttachmentKind.Jpeg, null),
            Signature.Gif => (AttachmentKind.Gif, null),
            Signature.Webp => (AttachmentKind.Webp, null),
            Signature.Zip => OfficePackageInspector.Inspect(bytes, limits),
            Signature.OleCompound => (null, new(AttachmentRefusalReason.UnsupportedType,
                "不支持旧版 Office 格式（.doc/.xls）或安装包，请另存为 DOCX/XLSX 或 PDF")),
            _ when MagicBytes.IsExecutable(signature) => (null, new(AttachmentRefusalReason.Executable,
                "文件内容是可执行程序或脚本，不允许上传")),
            _ => (null, new(AttachmentRefusalReason.UnsupportedType,
                "不支持的文件类型：仅接受 PDF、DOCX、XLSX、PNG、JPEG、GIF、WebP")),
        };
    }

    /// <summary>128 random bits: unguessable, collision-free in practice, and nothing the uploader chose.</summary>
    private static string StorageName(AttachmentKind kind) =>
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + AttachmentFormats.CanonicalExtension(kind);
}
