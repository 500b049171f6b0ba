namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// An accepted attachment. The bytes live in the database (a separate table, loaded only for download): every web node
/// serves every file with no shared disk, and nothing is under the web root. Uploads are capped (50 MB), which both
/// databases store comfortably.
/// </summary>
public sealed class ItemAttachmentRow
{
    /// <summary>Database identity.</summary>
    public int Id { get; set; }

    /// <summary>The item.</summary>
    public int ItemId { get; set; }

    /// <summary>Random server-side name with canonical extension; the public URL uses it.</summary>
    public string StorageName { get; set; } = string.Empty;

    /// <summary>The uploader's name reduced to a safe base name.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Canonical content type of the sniffed format.</summary>
    public string ContentType { get; set; } = string.Empty;

    /// <summary>Size in bytes.</summary>
    public long Length { get; set; }

    /// <summary>Uploaded (UTC).</summary>
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>The inspected bytes.</summary>
    public ItemAttachmentContent? Content { get; set; }
}

/// <summary>The bytes of an attachment, in their own table so that listing attachments never reads them.</summary>
public sealed class ItemAttachmentContent
{
    /// <summary>Same key as the attachment.</summary>
    public int AttachmentId { get; set; }

    /// <summary>The bytes.</summary>
    public byte[] Bytes { get; set; } = [];
}
