using System.Buffers.Binary;
using System.Text;

namespace OpenGovInfo.Documents.Writing.Pdf;

/// <summary>
/// One face of a TrueType font file (.ttf, or one face of a .ttc collection), read as raw tables so that a subset
/// can be written. The Skia build we use embeds whole font files in PDFs (21 MB for uming.ttc: 10 MB per PDF and
/// over a second per render), so the renderer hands Skia a subset holding only the glyphs a report uses.
/// </summary>
internal sealed class TrueTypeFace
{
    private readonly byte[] data;
    private readonly Dictionary<string, (int Offset, int Length)> tables;
    private readonly bool longLoca;

    private TrueTypeFace(byte[] data, Dictionary<string, (int Offset, int Length)> tables)
    {
        this.data = data;
        this.tables = tables;
        GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);
        longLoca = BinaryPrimitives.ReadInt16BigEndian(Table("head")[50..]) == 1;
    }

    /// <summary>Number of glyphs in the face.</summary>
    public int GlyphCount { get; }

    /// <summary>Reads the table directory of face <paramref name="faceIndex"/>; null when the data is not a TrueType-outline font.</summary>
    public static TrueTypeFace? Read(byte[] data, int faceIndex)
    {
        if (data.Length < 12)
        {
            return null;
        }

        var offset = 0;
        if (Encoding.ASCII.GetString(data, 0, 4) == "ttcf")
        {
            var faces = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(8));
            if (faceIndex >= faces)
            {
                return null;
            }

            offset = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(12 + 4 * faceIndex));
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset + 4));
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var t = 0; t < count; t++)
        {
            var record = offset + 12 + 16 * t;
            tables[Encoding.ASCII.GetString(data, record, 4)] = (
                (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(record + 8)),
                (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(record + 12)));
        }

        string[] required = ["glyf", "loca", "head", "maxp", "hhea", "hmtx", "cmap"];
        return required.All(tables.ContainsKey) ? new TrueTypeFace(data, tables) : null;
    }

    /// <summary>A table's bytes.</summary>
    public ReadOnlySpan<byte> Table(string tag) => data.AsSpan(tables[tag].Offset, tables[tag].Length);

    /// <summary>Whether the face has a table.</summary>
    public bool HasTable(string tag) => tables.ContainsKey(tag);

    /// <summary>The bytes of a glyph's outline (empty for a blank glyph such as the space).</summary>
    public ReadOnlySpan<byte> Glyph(int glyph)
    {
        var loca = Table("loca");
        int start, end;
        if (longLoca)
        {
            start = (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * glyph)..]);
            end = (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * glyph + 4)..]);
        }
        else
        {
            start = 2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * glyph)..]);
            end = 2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * glyph + 2)..]);
        }

        return Table("glyf")[start..end];
    }

    /// <summary>The glyphs a composite glyph is built from (none for a simple glyph).</summary>
    public IEnumerable<int> Components(int glyph)
    {
        var bytes = Glyph(glyph).ToArray();
        return ComponentOffsets(bytes).Select(offset => (int)BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(offset)));
    }

    /// <summary>Advance width and left side bearing of a glyph (hmtx: glyphs past numberOfHMetrics share the last advance).</summary>
    public (ushort Advance, short LeftSideBearing) Metrics(int glyph)
    {
        var hmtx = Table("hmtx");
        var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(Table("hhea")[34..]);
        if (glyph < longMetrics)
        {
            return (BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * glyph)..]), BinaryPrimitives.ReadInt16BigEndian(hmtx[(4 * glyph + 2)..]));
        }

        var advance = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * (longMetrics - 1))..]);
        return (advance, BinaryPrimitives.ReadInt16BigEndian(hmtx[(4 * longMetrics + 2 * (glyph - longMetrics))..]));
    }

    /// <summary>Where the component glyph ids sit inside a composite glyph's bytes (empty for a simple glyph).</summary>
    public static List<int> ComponentOffsets(ReadOnlySpan<byte> glyph)
    {
        var offsets = new List<int>();
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return offsets;
        }

        const int Words = 0x0001, Scale = 0x0008, More = 0x0020, XYScale = 0x0040, TwoByTwo = 0x0080;
        var p = 10;
        int flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[p..]);
            offsets.Add(p + 2);
            p += 4 + ((flags & Words) != 0 ? 4 : 2);
            p += (flags & Scale) != 0 ? 2 : (flags & XYScale) != 0 ? 4 : (flags & TwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & More) != 0 && p + 4 <= glyph.Length);

        return offsets;
    }
}
