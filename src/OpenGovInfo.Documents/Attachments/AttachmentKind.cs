namespace OpenGovInfo.Documents.Attachments;

/// <summary>The attachment formats accepted for published items, as sniffed from the content (never from the name).</summary>
public enum AttachmentKind
{
    /// <summary>PDF document.</summary>
    Pdf,

    /// <summary>Word document (Office Open XML, no macros).</summary>
    Docx,

    /// <summary>Excel workbook (Office Open XML, no macros).</summary>
    Xlsx,

    /// <summary>PNG image.</summary>
    Png,

    /// <summary>JPEG image.</summary>
    Jpeg,

    /// <summary>GIF image.</summary>
    Gif,

    /// <summary>WebP image.</summary>
    Webp,
}
