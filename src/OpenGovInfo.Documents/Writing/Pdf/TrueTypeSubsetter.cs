using System.Buffers.Binary;

namespace OpenGovInfo.Documents.Writing.Pdf;

/// <summary>
/// Writes a compact TrueType font holding only the glyphs of some characters: glyphs are renumbered (.notdef
/// first, then in their old order), composite references, metrics and cmap are rewritten to match, and bitmap
/// strikes, layout and vertical tables and glyph names are dropped because a PDF needs none of them.
/// </summary>
internal static class TrueTypeSubsetter
{
    private static readonly string[] CopiedTables = ["OS/2", "cvt ", "fpgm", "gasp", "name", "prep"];

    /// <summary>The subset font for <paramref name="characters"/> (code point → glyph id in the full face).</summary>
    public static byte[] Subset(TrueTypeFace face, IReadOnlyDictionary<int, int> characters)
    {
        var order = Closure(face, characters.Values);
        var newId = new Dictionary<int, int>(order.Count);
        for (var i = 0; i < order.Count; i++)
        {
            newId[order[i]] = i;
        }

        var (glyf, loca) = Outlines(face, order, newId);
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = glyf,
            ["loca"] = loca,
            ["head"] = Head(face),
            ["hmtx"] = HorizontalMetrics(face, order),
            ["hhea"] = WithCount(face.Table("hhea"), 34, order.Count), // numberOfHMetrics: every glyph has its own
            ["maxp"] = WithCount(face.Table("maxp"), 4, order.Count),  // numGlyphs
            ["cmap"] = TrueTypeCmap.Build(characters.ToDictionary(c => c.Key, c => newId.GetValueOrDefault(c.Value))),
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

        return TrueTypeWriter.Assemble(tables);
    }

    /// <summary>The kept glyphs in ascending old id: .notdef, the given glyphs and their composite components.</summary>
    public static List<int> Closure(TrueTypeFace face, IEnumerable<int> glyphs)
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

        return [.. keep.Order()];
    }

    private static (byte[] Glyf, byte[] Loca) Outlines(TrueTypeFace face, List<int> order, Dictionary<int, int> newId)
    {
        var glyf = new byte[order.Sum(g => (face.Glyph(g).Length + 3) & ~3)];
        var loca = new byte[(order.Count + 1) * 4];
        var position = 0;
        for (var i = 0; i < order.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), (uint)position);
            var outline = glyf.AsSpan(position, face.Glyph(order[i]).Length);
            face.Glyph(order[i]).CopyTo(outline);
            foreach (var offset in TrueTypeFace.ComponentOffsets(outline))
            {
                var component = BinaryPrimitives.ReadUInt16BigEndian(outline[offset..]);
                BinaryPrimitives.WriteUInt16BigEndian(outline[offset..], (ushort)newId.GetValueOrDefault(component));
            }

            position += (outline.Length + 3) & ~3;
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * order.Count), (uint)position);
        return (glyf, loca);
    }

    private static byte[] HorizontalMetrics(TrueTypeFace face, List<int> order)
    {
        var hmtx = new byte[4 * order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var (advance, bearing) = face.Metrics(order[i]);
            BinaryPrimitives.WriteUInt16BigEndian(hmtx.AsSpan(4 * i), advance);
            BinaryPrimitives.WriteInt16BigEndian(hmtx.AsSpan(4 * i + 2), bearing);
        }

        return hmtx;
    }

    private static byte[] Head(TrueTypeFace face)
    {
        var head = face.Table("head").ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0); // checkSumAdjustment, set once the file is complete
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // indexToLocFormat: long offsets
        return head;
    }

    private static byte[] WithCount(ReadOnlySpan<byte> table, int offset, int count)
    {
        var copy = table.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(offset), (ushort)count);
        return copy;
    }
}
