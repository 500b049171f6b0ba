namespace OpenGovInfo.Documents.Attachments;

/// <summary>
/// The hard limits an upload is checked against. The defaults suit government documents (a long DOCX with images
/// unpacks to tens of MB; its XML compresses 5–20×), far from what a zip bomb needs.
/// </summary>
/// <param name="MaxBytes">The largest file accepted, counted while reading (Content-Length is never trusted).</param>
public sealed record AttachmentLimits(long MaxBytes)
{
    /// <summary>The default for item attachments: 50 MiB.</summary>
    public static AttachmentLimits Default { get; } = new(50L * 1024 * 1024);

    /// <summary>The most bytes an Office file may unpack to, declared or actually decompressed.</summary>
    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>The most entries an Office package may hold.</summary>
    public int MaxArchiveEntries { get; init; } = 2_000;

    /// <summary>The highest uncompressed/compressed ratio of an entry larger than <see cref="RatioCheckFloorBytes"/>.</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>Entries smaller than this are not ratio-checked: tiny XML parts compress extremely well and harmlessly.</summary>
    public long RatioCheckFloorBytes { get; init; } = 1024 * 1024;

    /// <summary>The longest file name accepted, in characters, before any reduction.</summary>
    public int MaxNameLength { get; init; } = 200;
}
