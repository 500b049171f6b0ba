using System.Buffers.Binary;
using System.Text;

namespace OpenGovInfo.Documents.Writing.Pdf;

/// <summary>
/// Writes a TrueType font holding only some glyphs of a face. Glyph ids are kept (unused glyphs become empty), so
/// cmap, hmtx and composite references stay valid unchanged; bitmap strikes, layout and vertical tables and glyph
/// names are dropped because a PDF needs none of them.
/// </summary>
internal static class TrueTypeSubsetter
{
    private static readonly string[] CopiedTables = ["OS/2", "cmap", "cvt ", "fpgm", "gasp", "hhea", "hmtx", "maxp", "name", "prep"];

    /// <summary>The subset font file holding <paramref name="glyphs"/> (plus .notdef and composite components).</summary>
    public static byte[] Subset(TrueTypeFace face, IEnumerable<int> glyphs)
    {
        var keep = Closure(face, glyphs);
        var (glyf, loca) = Outlines(face, keep);
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = glyf,
            ["loca"] = loca,
            ["head"] = Head(face),
        };
        foreach (var tag in CopiedTables.Where(face.HasTable))
        {
            tables[tag] = face.Table(tag).ToArray();
        }

        if (face.HasTable("post") && face.Table("post").Length >= 32)
        {
            // post format 3: the metrics without the glyph names (272 KB in uming).
            var post = face.Table("post")[..32].ToArray();
            BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);
            tables["post"] = post;
        }

        return Assemble(tables);
    }

    private static HashSet<int> Closure(TrueTypeFace face, IEnumerable<int> glyphs)
    {
        var keep = new HashSet<int>();
        var pending = new Stack<int>([0, .. glyphs.Where(g => g >= 0 && g < face.GlyphCount)]);
        while (pending.TryPop(out var glyph))
        {
            if (!keep.Add(glyph))
            {
                continue;
            }

            foreach (var component in face.Components(glyph).Where(c => c < face.GlyphCount && !keep.Contains(c)))
            {
                pending.Push(component);
            }
        }

        return keep;
    }

    private static (byte[] Glyf, byte[] Loca) Outlines(TrueTypeFace face, HashSet<int> keep)
    {
        var size = keep.Sum(g => (face.Glyph(g).Length + 3) & ~3);
        var glyf = new byte[size];
        var loca = new byte[(face.GlyphCount + 1) * 4];
        var position = 0;
        for (var g = 0; g < face.GlyphCount; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * g), (uint)position);
            if (keep.Contains(g))
            {
                var outline = face.Glyph(g);
                outline.CopyTo(glyf.AsSpan(position));
                position += (outline.Length + 3) & ~3;
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * face.GlyphCount), (uint)position);
        return (glyf, loca);
    }

    private static byte[] Head(TrueTypeFace face)
    {
        var head = face.Table("head").ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0); // checkSumAdjustment, set once the file is complete
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // indexToLocFormat: long offsets
        return head;
    }

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
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
        for (var i = 0; i < bytes.Length; i += 4)
        {
            var word = 0u;
            for (var j = 0; j < 4; j++)
            {
                word = (word << 8) | (i + j < bytes.Length ? bytes[i + j] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }
}
