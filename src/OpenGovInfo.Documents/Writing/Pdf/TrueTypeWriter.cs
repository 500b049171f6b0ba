using System.Buffers.Binary;
using System.Text;

namespace OpenGovInfo.Documents.Writing.Pdf;

/// <summary>Assembles tables into an sfnt (TrueType) file: directory, 4-byte alignment, checksums.</summary>
internal static class TrueTypeWriter
{
    /// <summary>The font file; tables are written in tag order, <c>head.checkSumAdjustment</c> set last.</summary>
    public static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var headerLength = 12 + 16 * tables.Count;
        var file = new byte[headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3)];
        var log2 = (int)Math.Log2(tables.Count);
        BinaryPrimitives.WriteUInt32BigEndian(file, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(4), (ushort)tables.Count);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(6), (ushort)(16 << log2));
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(8), (ushort)log2);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(10), (ushort)(16 * tables.Count - (16 << log2)));
        var record = 12;
        var offset = headerLength;
        var headOffset = 0;
        foreach (var (tag, bytes) in tables)
        {
            Encoding.ASCII.GetBytes(tag, file.AsSpan(record));
            BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(record + 4), Checksum(bytes));
            BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(record + 12), (uint)bytes.Length);
            bytes.CopyTo(file.AsSpan(offset));
            headOffset = tag == "head" ? offset : headOffset;
            record += 16;
            offset += (bytes.Length + 3) & ~3;
        }

        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(file)));
        return file;
    }

    /// <summary>The sfnt checksum: the sum of big-endian 32-bit words, the last one zero-padded.</summary>
    private static uint Checksum(byte[] bytes)
    {
        var sum = 0u;
        var whole = bytes.Length & ~3;
        for (var i = 0; i < whole; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(i)));
        }

        var last = 0u;
        for (var i = whole; i < bytes.Length; i++)
        {
            last |= (uint)bytes[i] << (24 - 8 * (i - whole));
        }

        return unchecked(sum + last);
    }
}
