namespace OpenGovInfo.Documents.Attachments;

/// <summary>
/// An accepted upload. <see cref="Content"/> is exactly the bytes that were inspected: storing these (rather than
/// re-reading the request) means what is served is what was checked.
/// </summary>
/// <param name="Kind">The format sniffed from the content.</param>
/// <param name="DisplayName">The user's name reduced to a safe base name, for showing and Content-Disposition.</param>
/// <param name="StorageName">A random server-side name with the canonical extension; never derived from user input.</param>
/// <param name="ContentType">The canonical content type of <paramref name="Kind"/>.</param>
/// <param name="Content">The inspected bytes.</param>
public sealed record AcceptedAttachment(
    AttachmentKind Kind, string DisplayName, string StorageName, string ContentType, ReadOnlyMemory<byte> Content)
{
    /// <summary>The size in bytes.</summary>
    public long Length => Content.Length;
}
