using OpenGovInfo.Documents.Attachments;

namespace OpenGovInfo.Documents.Tests.Attachments;

public sealed class AttachmentInspectorTests
{
    private const long OneMb = 1024 * 1024;

    internal static Task<AttachmentVerdict> Inspect(string name, byte[] content, string? type = null, long max = 10 * OneMb) =>
        AttachmentInspector.InspectAsync(name, type, max, new MemoryStream(content));

    internal static async Task<AttachmentRefusal> Refused(string name, byte[] content, string? type = null, long max = 10 * OneMb)
    {
        var verdict = await Inspect(name, content, type, max);
        Assert.False(verdict.IsAccepted, verdict.ToString());
        return verdict.Refusal!;
    }

    public static TheoryData<string, AttachmentKind, string> ValidFiles() => new()
    {
        { "报告.pdf", AttachmentKind.Pdf, "application/pdf" },
        { "年报.docx", AttachmentKind.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "统计.XLSX", AttachmentKind.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "照片.png", AttachmentKind.Png, "image/png" },
        { "照片.jpeg", AttachmentKind.Jpeg, "image/jpeg" },
    };

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public async Task Real_small_files_are_accepted_with_their_sniffed_kind(string name, AttachmentKind kind, string contentType)
    {
        var bytes = BytesOf(kind);

        var verdict = await Inspect(name, bytes);

        Assert.True(verdict.IsAccepted, verdict.ToString());
        var accepted = verdict.Accepted!;
        Assert.Equal(kind, accepted.Kind);
        Assert.Equal(name, accepted.DisplayName);
        Assert.Equal(contentType, accepted.ContentType);
        Assert.Equal(bytes, accepted.Content.ToArray());
    }

    [Fact]
    public async Task Storage_name_is_random_hex_with_the_canonical_extension_and_ignores_the_user_name()
    {
        var first = (await Inspect("../../evil name.JPEG", SampleFiles.Jpeg())).Accepted!;
        var second = (await Inspect("../../evil name.JPEG", SampleFiles.Jpeg())).Accepted!;

        Assert.Matches("^[0-9a-f]{32}\\.jpg$", first.StorageName);
        Assert.NotEqual(first.StorageName, second.StorageName);
        Assert.Equal("evil name.JPEG", first.DisplayName);
    }

    [Fact]
    public async Task Gif_and_webp_are_sniffed()
    {
        byte[] webp = [.. "RIFF"u8, 4, 0, 0, 0, .. "WEBPVP8 "u8];

        Assert.Equal(AttachmentKind.Gif, (await Inspect("a.gif", [.. "GIF89a"u8, 1, 0, 1, 0])).Accepted!.Kind);
        Assert.Equal(AttachmentKind.Webp, (await Inspect("a.webp", webp)).Accepted!.Kind);
    }

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03 })] // MZ / PE
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01 })] // ELF
    [InlineData(new byte[] { 0xCF, 0xFA, 0xED, 0xFE, 0x07, 0x00 })] // Mach-O 64
    [InlineData(new byte[] { 0x23, 0x21, 0x2F, 0x62, 0x69, 0x6E, 0x2F, 0x73, 0x68 })] // #!/bin/sh
    public async Task Executables_renamed_pdf_are_refused_as_executables(byte[] content)
    {
        var refusal = await Refused("年度报告.pdf", content);

        Assert.Equal(AttachmentRefusalReason.Executable, refusal.Reason);
        Assert.Contains("可执行", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("run.BAT")]
    [InlineData("a.cmd")]
    [InlineData("a.ps1")]
    [InlineData("install.sh")]
    [InlineData("x.js")]
    [InlineData("x.vbs")]
    [InlineData("x.scr")]
    [InlineData("x.msi")]
    [InlineData("x.jar")]
    [InlineData("x.apk")]
    [InlineData("a.pdf:evil.exe")]
    public async Task Executable_extensions_are_refused_even_with_pdf_content(string name)
    {
        var refusal = await Refused(name, SampleFiles.Pdf());

        Assert.Equal(AttachmentRefusalReason.Executable, refusal.Reason);
    }

    [Fact]
    public async Task A_docx_renamed_xlsx_is_refused_naming_both()
    {
        var refusal = await Refused("统计表.xlsx", SampleFiles.Docx());

        Assert.Equal(AttachmentRefusalReason.ExtensionMismatch, refusal.Reason);
        Assert.Equal("文件扩展名“.xlsx”与实际内容（Word 文档（DOCX））不符", refusal.Message);
    }

    [Fact]
    public async Task A_png_named_pdf_and_a_file_without_extension_are_refused()
    {
        Assert.Equal(AttachmentRefusalReason.ExtensionMismatch, (await Refused("a.pdf", SampleFiles.Png())).Reason);
        Assert.Contains("无扩展名", (await Refused("README", SampleFiles.Pdf())).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declared_type_contradicting_the_content_is_refused_but_octet_stream_is_no_claim()
    {
        var refusal = await Refused("a.pdf", SampleFiles.Pdf(), "text/html");

        Assert.Equal(AttachmentRefusalReason.ContentTypeMismatch, refusal.Reason);
        Assert.True((await Inspect("a.pdf", SampleFiles.Pdf(), "application/octet-stream")).IsAccepted);
        Assert.True((await Inspect("a.xlsx", SampleFiles.Xlsx(), "application/vnd.ms-excel")).IsAccepted);
    }

    [Fact]
    public async Task Oversized_file_is_refused_by_counting_bytes_not_trusting_length()
    {
        var content = new byte[2 * OneMb];
        "%PDF-"u8.CopyTo(content);

        var refusal = await Refused("big.pdf", content, max: OneMb);

        Assert.Equal(AttachmentRefusalReason.TooLarge, refusal.Reason);
        Assert.Equal("文件超过大小上限（1 MB）", refusal.Message);
        Assert.True((await Inspect("ok.pdf", content[..(int)OneMb], max: OneMb)).IsAccepted);
    }

    [Fact]
    public async Task Reading_stops_at_the_cap_on_an_endless_stream()
    {
        using var endless = new EndlessStream();

        var verdict = await AttachmentInspector.InspectAsync("a.pdf", null, OneMb, endless);

        Assert.Equal(AttachmentRefusalReason.TooLarge, verdict.Refusal!.Reason);
        Assert.True(endless.Served <= OneMb + 81920, $"read {endless.Served} bytes");
    }

    [Fact]
    public async Task Empty_files_and_unknown_content_are_refused()
    {
        Assert.Equal(AttachmentRefusalReason.Empty, (await Refused("a.pdf", [])).Reason);
        Assert.Equal(AttachmentRefusalReason.UnsupportedType, (await Refused("a.pdf", "<html>"u8.ToArray())).Reason);
        Assert.Contains("旧版 Office", (await Refused("a.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])).Message,
            StringComparison.Ordinal);
    }

    internal static byte[] BytesOf(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => SampleFiles.Pdf(),
        AttachmentKind.Docx => SampleFiles.Docx(),
        AttachmentKind.Xlsx => SampleFiles.Xlsx(),
        AttachmentKind.Png => SampleFiles.Png(),
        _ => SampleFiles.Jpeg(),
    };

    /// <summary>A stream that never ends (like a lying client), counting what it served.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
