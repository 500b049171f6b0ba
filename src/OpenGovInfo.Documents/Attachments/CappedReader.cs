namespace OpenGovInfo.Documents.Attachments;

/// <summary>Reads a stream into memory but never more than a hard cap, whatever Content-Length claimed.</summary>
internal static class CappedReader
{
    /// <summary>The bytes read, or null when the stream holds more than <paramref name="maxBytes"/>.</summary>
    internal static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
