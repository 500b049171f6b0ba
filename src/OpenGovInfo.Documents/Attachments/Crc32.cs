namespace OpenGovInfo.Documents.Attachments;

/// <summary>
/// CRC-32 (IEEE 802.3, the ZIP checksum). .NET stops decompressing an entry at its declared size without checking
/// the CRC, so a lying size would go unnoticed; comparing the CRC of what was decompressed with the declared one
/// exposes it. (System.IO.Hashing would add a package for twenty lines.)
/// </summary>
internal sealed class Crc32
{
    private static readonly uint[] Table = BuildTable();

    private uint state = 0xFFFFFFFFu;

    /// <summary>The checksum of everything appended so far.</summary>
    internal uint Value => ~state;

    /// <summary>Adds <paramref name="data"/> to the checksum.</summary>
    internal void Append(ReadOnlySpan<byte> data)
    {
        var crc = state;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        state = crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
