namespace OpenGovInfo.Domain.Publishing;

/// <summary>A file attached to an item (附件). The bytes live in the document store; the domain keeps the facts.</summary>
/// <param name="FileName">The file name as shown to the public.</param>
/// <param name="ContentType">The media type, e.g. application/pdf.</param>
/// <param name="SizeBytes">Size in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content, so a published file can be shown unchanged.</param>
public sealed record ItemAttachment(string FileName, string ContentType, long SizeBytes, string Sha256);
