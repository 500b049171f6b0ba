using System.Buffers.Binary;

namespace OpenGovInfo.Documents.Writing.Pdf;

/// <summary>
/// Writes the cmap of a subset: a format 4 subtable (Windows BMP) for the characters below U+10000 and a format 12
/// subtable (Windows UCS-4) for all of them, one segment or group per character — a report uses a few hundred.
/// </summary>
internal static class TrueTypeCmap
{
    /// <summary>The cmap table mapping each code point to its glyph id in the subset.</summary>
    public static byte[] Build(IReadOnlyDictionary<int, int> glyphOf)
    {
        var characters = glyphOf.Keys.Order().ToList();
        var format4 = Format4([.. characters.Where(c => c < 0xFFFF)], glyphOf);
        var format12 = Format12(characters, glyphOf);
        var table = new byte[4 + 2 * 8 + format4.Length + format12.Length];
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), 2); // version 0, two encoding records
        WriteRecord(table, 4, platform: 3, encoding: 1, offset: 20);
        WriteRecord(table, 12, platform: 3, encoding: 10, offset: 20 + format4.Length);
        format4.CopyTo(table, 20);
        format12.CopyTo(table, 20 + format4.Length);
        return table;
    }

    private static void WriteRecord(byte[] table, int at, ushort platform, ushort encoding, int offset)
    {
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(at), platform);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(at + 2), encoding);
        BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(at + 4), (uint)offset);
    }

    private static byte[] Format4(List<int> characters, IReadOnlyDictionary<int, int> glyphOf)
    {
        var segments = characters.Count + 1; // plus the required final 0xFFFF segment
        var table = new byte[16 + 8 * segments];
        var log2 = (int)Math.Log2(segments);
        Write16(table, 0, 4);
        Write16(table, 2, table.Length);
        Write16(table, 6, 2 * segments);
        Write16(table, 8, 2 << log2);
        Write16(table, 10, log2);
        Write16(table, 12, 2 * segments - (2 << log2));
        var ends = 14;
        var starts = ends + 2 * segments + 2; // after the reserved pad
        var deltas = starts + 2 * segments;
        for (var i = 0; i < segments; i++)
        {
            var c = i < characters.Count ? characters[i] : 0xFFFF;
            var glyph = i < characters.Count ? glyphOf[c] : 0;
            Write16(table, ends + 2 * i, c);
            Write16(table, starts + 2 * i, c);
            // idRangeOffset stays 0: glyph = (character + delta) mod 65536 (0xFFFF maps to glyph 0).
            Write16(table, deltas + 2 * i, (glyph - c) & 0xFFFF);
        }

        return table;
    }

    private static byte[] Format12(List<int> characters, IReadOnlyDictionary<int, int> glyphOf)
    {
        var table = new byte[16 + 12 * characters.Count];
        Write16(table, 0, 12);
        BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(4), (uint)table.Length);
        BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(12), (uint)characters.Count);
        for (var i = 0; i < characters.Count; i++)
        {
            var at = 16 + 12 * i;
            BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(at), (uint)characters[i]);
            BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(at + 4), (uint)characters[i]);
            BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(at + 8), (uint)glyphOf[characters[i]]);
        }

        return table;
    }

    private static void Write16(byte[] table, int at, int value) =>
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(at), (ushort)value);
}
