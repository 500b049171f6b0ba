namespace OpenGovInfo.Documents.Attachments;

/// <summary>What each <see cref="AttachmentKind"/> is called, which extensions and content types belong to it.</summary>
public static class AttachmentFormats
{
    private static readonly Dictionary<AttachmentKind, Format> Formats = new()
    {
        [AttachmentKind.Pdf] = new("PDF 文档", "application/pdf", [".pdf"], []),
        [AttachmentKind.Docx] = new("Word 文档（DOCX）",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], []),
        [AttachmentKind.Xlsx] = new("Excel 表格（XLSX）",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"],
            ["application/vnd.ms-excel"]),
        [AttachmentKind.Png] = new("PNG 图片", "image/png", [".png"], []),
        [AttachmentKind.Jpeg] = new("JPEG 图片", "image/jpeg", [".jpg", ".jpeg"], ["image/pjpeg", "image/jpg"]),
        [AttachmentKind.Gif] = new("GIF 图片", "image/gif", [".gif"], []),
        [AttachmentKind.Webp] = new("WebP 图片", "image/webp", [".webp"], []),
    };

    /// <summary>The Chinese name shown in messages, e.g. "PDF 文档".</summary>
    public static string DisplayName(AttachmentKind kind) => Formats[kind].Name;

    /// <summary>The canonical content type served for the stored file (the declared one is never echoed back).</summary>
    public static string ContentType(AttachmentKind kind) => Formats[kind].ContentType;

    /// <summary>The extension given to the storage name, e.g. ".pdf".</summary>
    public static string CanonicalExtension(AttachmentKind kind) => Formats[kind].Extensions[0];

    /// <summary>True when <paramref name="extension"/> (lower case, with the dot) belongs to <paramref name="kind"/>.</summary>
    public static bool HasExtension(AttachmentKind kind, string extension) =>
        Formats[kind].Extensions.Contains(extension, StringComparer.Ordinal);

    /// <summary>
    /// True when the browser's declared type is compatible: empty and application/octet-stream carry no claim,
    /// otherwise it must be the canonical type or a known alias (browsers on some systems send aliases).
    /// </summary>
    public static bool AcceptsDeclaredType(AttachmentKind kind, string? declared)
    {
        var type = declared?.Split(';')[0].Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(type) || type == "application/octet-stream")
        {
            return true;
        }

        var format = Formats[kind];
        return type == format.ContentType || format.Aliases.Contains(type, StringComparer.Ordinal);
    }

    private sealed record Format(string Name, string ContentType, string[] Extensions, string[] Aliases);
}
