using System.Buffers.Binary;
using System.Text;
using OpenGovInfo.Documents.Attachments;

namespace OpenGovInfo.Documents.Tests.Attachments;

public sealed class OfficePackageTests
{
    private const long OneMb = 1024 * 1024;

    [Fact]
    public async Task A_200_mb_zip_bomb_is_refused_by_its_declared_size()
    {
        var bomb = SampleFiles.ZerosDocx(200 * OneMb);
        Assert.True(bomb.Length < OneMb, $"bomb is {bomb.Length} bytes");

        var refusal = await AttachmentInspectorTests.Refused("报告.docx", bomb);

        Assert.Equal(AttachmentRefusalReason.ArchiveBomb, refusal.Reason);
        Assert.Contains("解压后过大", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_highly_compressed_entry_is_refused_by_its_ratio()
    {
        var refusal = await AttachmentInspectorTests.Refused("报告.docx", SampleFiles.ZerosDocx(20 * OneMb));

        Assert.Equal(AttachmentRefusalReason.ArchiveBomb, refusal.Reason);
        Assert.Contains("压缩比异常", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_entries_are_refused()
    {
        var refusal = await AttachmentInspectorTests.Refused("报告.docx", SampleFiles.ZerosDocx(10, extraEntries: 2_500));

        Assert.Contains("压缩包内文件过多", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lying_declared_sizes_are_caught_when_decompressing()
    {
        var honest = SampleFiles.ZerosDocx(300 * 1024);
        var lying = ShrinkDeclaredSizes(honest, "word/document.xml", 1000);

        var refusal = await AttachmentInspectorTests.Refused("报告.docx", lying);

        Assert.True((await AttachmentInspectorTests.Inspect("报告.docx", honest)).IsAccepted);
        Assert.True(refusal.Reason is AttachmentRefusalReason.ArchiveBomb or AttachmentRefusalReason.Corrupt, refusal.ToString());
    }

    [Fact]
    public async Task Nested_archives_are_refused_by_name_and_by_content()
    {
        var inner = SampleFiles.Zip(("a.txt", "x"u8.ToArray()));
        var byName = SampleFiles.Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", "<d/>"u8.ToArray()),
            ("word/embeddings/more.zip", inner));
        var byContent = SampleFiles.Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", "<d/>"u8.ToArray()),
            ("word/media/image1.png", inner));

        Assert.Contains("内嵌压缩包", (await AttachmentInspectorTests.Refused("a.docx", byName)).Message, StringComparison.Ordinal);
        Assert.Contains("内嵌程序或压缩包", (await AttachmentInspectorTests.Refused("a.docx", byContent)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_executable_hidden_in_a_docx_is_refused()
    {
        var docx = SampleFiles.Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", "<d/>"u8.ToArray()),
            ("word/media/image1.png", [0x4D, 0x5A, 0x90, 0x00]));

        Assert.Equal(AttachmentRefusalReason.ArchiveBomb, (await AttachmentInspectorTests.Refused("a.docx", docx)).Reason);
    }

    [Fact]
    public async Task Macro_enabled_files_are_refused_by_extension_by_vba_part_and_by_content_type()
    {
        var vba = SampleFiles.Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", "<d/>"u8.ToArray()),
            ("word/vbaProject.bin", [1, 2, 3]));
        var types = Encoding.UTF8.GetBytes(
            "<Types><Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>");
        var declared = SampleFiles.Zip(("[Content_Types].xml", types), ("word/document.xml", "<d/>"u8.ToArray()));

        Assert.Equal(AttachmentRefusalReason.MacroEnabled, (await AttachmentInspectorTests.Refused("a.docm", SampleFiles.Docx())).Reason);
        Assert.Equal(AttachmentRefusalReason.MacroEnabled, (await AttachmentInspectorTests.Refused("a.docx", vba)).Reason);
        Assert.Equal(AttachmentRefusalReason.MacroEnabled, (await AttachmentInspectorTests.Refused("a.docx", declared)).Reason);
    }

    [Fact]
    public async Task Plain_zips_jars_and_damaged_zips_are_refused()
    {
        var plain = SampleFiles.Zip(("readme.txt", "hello"u8.ToArray()));
        var damaged = SampleFiles.Docx()[..200];

        Assert.Equal(AttachmentRefusalReason.UnsupportedType, (await AttachmentInspectorTests.Refused("a.docx", plain)).Reason);
        Assert.Equal(AttachmentRefusalReason.Corrupt, (await AttachmentInspectorTests.Refused("a.docx", damaged)).Reason);
    }

    /// <summary>Rewrites the uncompressed size of one entry in both its local header and the central directory.</summary>
    private static byte[] ShrinkDeclaredSizes(byte[] zip, string entryName, uint size)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            var (sizeAt, nameAt) = signature switch
            {
                0x04034b50 => (i + 22, i + 30), // local file header
                0x02014b50 => (i + 24, i + 46), // central directory header
                _ => (-1, -1),
            };
            if (sizeAt > 0 && bytes.AsSpan(nameAt).StartsWith(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(sizeAt), size);
            }
        }

        return bytes;
    }
}
