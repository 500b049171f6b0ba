using System.Buffers.Binary;
using System.Text;
using OpenGovInfo.Documents.Attachments;
using OpenGovInfo.Documents.Registers;

namespace OpenGovInfo.Documents.Tests.Attachments;

/// <summary>
/// Issue #12 item 5: a Zip64 package declaring huge entry sizes overflowed a sum (OverflowException → 500) on
/// attachment upload and register import. Now it is a clear refusal on both paths.
/// </summary>
public sealed class Zip64SizeTests
{
    public static TheoryData<ulong, ulong> HugeSizes() => new()
    {
        { long.MaxValue, long.MaxValue },       // two entries whose sum overflows a long
        { long.MaxValue, 5 },                   // one entry alone over every limit
        { 100L * 1024 * 1024, 150L * 1024 * 1024 }, // each fine, together over 200 MiB
        { ulong.MaxValue, 5 },                  // a size that is negative as a long
    };

    [Theory]
    [MemberData(nameof(HugeSizes))]
    public async Task An_attachment_declaring_huge_zip64_sizes_is_refused_not_thrown(ulong first, ulong second)
    {
        var zip = Zip64Package("word/document.xml", first, second);

        var refusal = await AttachmentInspectorTests.Refused("年报.docx", zip);

        Assert.Contains(refusal.Reason, new[] { AttachmentRefusalReason.ArchiveBomb, AttachmentRefusalReason.Corrupt });
        Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
        Assert.DoesNotContain("Exception", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HugeSizes))]
    public void A_register_file_declaring_huge_zip64_sizes_is_refused_with_a_chinese_issue(ulong first, ulong second)
    {
        var zip = Zip64Package("xl/workbook.xml", first, second);

        var file = RegisterFileReader.Read("登记表.xlsx", zip);

        Assert.False(file.Succeeded);
        var issue = Assert.Single(file.Issues);
        Assert.Matches(@"[\u4e00-\u9fff]", issue.Message);
    }

    [Fact]
    public void The_overflowing_package_really_declares_zip64_sizes()
    {
        var zip = Zip64Package("word/document.xml", long.MaxValue, long.MaxValue);
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));

        Assert.All(archive.Entries, e => Assert.Equal(long.MaxValue, e.Length));
    }

    /// <summary>Two stored entries ([Content_Types].xml and <paramref name="second"/>) whose central-directory sizes are Zip64.</summary>
    private static byte[] Zip64Package(string secondName, ulong firstSize, ulong secondSize)
    {
        var entries = new[] { ("[Content_Types].xml", firstSize), (secondName, secondSize) };
        var data = "<x/>"u8.ToArray();
        using var stream = new MemoryStream();
        var offsets = new List<long>();
        foreach (var (name, _) in entries)
        {
            offsets.Add(stream.Position);
            var nameBytes = Encoding.UTF8.GetBytes(name);
            Write(stream, 0x04034b50u, (ushort)45, (ushort)0, (ushort)0, (ushort)0, (ushort)0x21, Crc(data), (uint)data.Length, (uint)data.Length, (ushort)nameBytes.Length, (ushort)0);
            stream.Write(nameBytes);
            stream.Write(data);
        }

        var directoryStart = stream.Position;
        for (var i = 0; i < entries.Length; i++)
        {
            var (name, size) = entries[i];
            var nameBytes = Encoding.UTF8.GetBytes(name);
            Write(stream, 0x02014b50u, (ushort)45, (ushort)45, (ushort)0, (ushort)0, (ushort)0, (ushort)0x21, Crc(data),
                (uint)data.Length, 0xFFFFFFFFu, (ushort)nameBytes.Length, (ushort)12, (ushort)0, (ushort)0, (ushort)0, 0u, (uint)offsets[i]);
            stream.Write(nameBytes);
            Write(stream, (ushort)0x0001, (ushort)8, size);
        }

        var directorySize = stream.Position - directoryStart;
        Write(stream, 0x06054b50u, (ushort)0, (ushort)0, (ushort)entries.Length, (ushort)entries.Length, (uint)directorySize, (uint)directoryStart, (ushort)0);
        return stream.ToArray();
    }

    private static uint Crc(byte[] data)
    {
        var crc = new Crc32();
        crc.Append(data);
        return crc.Value;
    }

    private static void Write(Stream stream, params object[] values)
    {
        Span<byte> buffer = stackalloc byte[8];
        foreach (var value in values)
        {
            var length = value switch
            {
                ushort u => Put(buffer, u),
                uint u => Put(buffer, u),
                ulong u => Put(buffer, u),
                _ => throw new ArgumentException(value.GetType().Name),
            };
            stream.Write(buffer[..length]);
        }
    }

    private static int Put(Span<byte> buffer, ushort value) { BinaryPrimitives.WriteUInt16LittleEndian(buffer, value); return 2; }

    private static int Put(Span<byte> buffer, uint value) { BinaryPrimitives.WriteUInt32LittleEndian(buffer, value); return 4; }

    private static int Put(Span<byte> buffer, ulong value) { BinaryPrimitives.WriteUInt64LittleEndian(buffer, value); return 8; }
}
