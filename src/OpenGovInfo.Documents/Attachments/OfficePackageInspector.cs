using System.Collections.ObjectModel;
using System.IO.Compression;
using System.Text;

namespace OpenGovInfo.Documents.Attachments;

/// <summary>
/// Decides whether a ZIP is a plain DOCX or XLSX and safe to keep: the central directory is read first (entry
/// count, declared sizes, ratios, names), then every entry is decompressed into a counting sink with a hard cap,
/// because declared sizes can lie. Nothing is ever extracted to disk.
/// </summary>
internal static class OfficePackageInspector
{
    private static readonly string[] ArchiveExtensions =
        [".zip", ".rar", ".7z", ".gz", ".tgz", ".bz2", ".xz", ".tar", ".cab", ".jar", ".apk", ".docx", ".xlsx", ".pptx"];

    /// <summary>The Office kind, or the refusal.</summary>
    internal static (AttachmentKind? Kind, AttachmentRefusal? Refusal) Inspect(byte[] content, AttachmentLimits limits)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entries = archive.Entries;
            var refusal = CheckDirectory(entries, limits);
            if (refusal is not null)
            {
                return (null, refusal);
            }

            var kind = KindOf(entries);
            if (kind is null)
            {
                return (null, new(AttachmentRefusalReason.UnsupportedType, "压缩包不是受支持的 Word（DOCX）或 Excel（XLSX）文件"));
            }

            refusal = CheckContent(entries, limits);
            return refusal is null ? (kind, null) : (null, refusal);
        }
        catch (InvalidDataException)
        {
            // Malformed directory, bad CRC or a truncated stream: an expected outcome for a damaged upload.
            return (null, new(AttachmentRefusalReason.Corrupt, "文件已损坏，无法作为 Office 文档读取"));
        }
    }

    private static AttachmentRefusal? CheckDirectory(ReadOnlyCollection<ZipArchiveEntry> entries, AttachmentLimits limits)
    {
        if (entries.Count > limits.MaxArchiveEntries)
        {
            return Bomb($"压缩包内文件过多（{entries.Count} 个，上限 {limits.MaxArchiveEntries} 个）");
        }

        // Zip64 lets an entry declare up to 2^63 bytes: summing such sizes overflowed (OverflowException → 500). Each
        // entry is checked against the limit on its own first, so the running total stays far below long.MaxValue.
        long declared = 0;
        foreach (var entry in entries)
        {
            if (entry.Length < 0 || entry.CompressedLength < 0 || entry.Length > limits.MaxUncompressedBytes - declared)
            {
                var size = entry.Length < 0 ? "无效的大小" : Mib(entry.Length);
                return Bomb($"解压后过大（“{entry.FullName}”声明 {size}，全部上限 {Mib(limits.MaxUncompressedBytes)}），疑似压缩炸弹");
            }

            declared += entry.Length;
        }

        foreach (var entry in entries)
        {
            if (entry.Length >= limits.RatioCheckFloorBytes && (Int128)entry.Length > (Int128)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                return Bomb($"“{entry.FullName}”压缩比异常（超过 {limits.MaxCompressionRatio}:1），疑似压缩炸弹");
            }

            if (entry.Name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
            {
                return Macro();
            }

            if (ArchiveExtensions.Any(x => entry.Name.EndsWith(x, StringComparison.OrdinalIgnoreCase)))
            {
                return Bomb($"Office 文件内嵌压缩包“{entry.FullName}”，不予接受");
            }
        }

        return null;
    }

    private static AttachmentKind? KindOf(ReadOnlyCollection<ZipArchiveEntry> entries)
    {
        var hasTypes = entries.Any(e => e.FullName == "[Content_Types].xml");
        var word = entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal));
        var excel = entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal));
        return !hasTypes || word == excel ? null : word ? AttachmentKind.Docx : AttachmentKind.Xlsx;
    }

    private static AttachmentRefusal? CheckContent(ReadOnlyCollection<ZipArchiveEntry> entries, AttachmentLimits limits)
    {
        long total = 0;
        foreach (var entry in entries)
        {
            var keepText = entry.FullName == "[Content_Types].xml";
            var scan = ScanEntry(entry, limits.MaxUncompressedBytes - total, keepText);
            if (scan.Refusal is not null)
            {
                return scan.Refusal;
            }

            total += scan.Bytes;
            // !: a scan asked to keep its text has it.
            if (keepText && scan.Text!.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                return Macro();
            }
        }

        return null;
    }

    private static (long Bytes, string? Text, AttachmentRefusal? Refusal) ScanEntry(ZipArchiveEntry entry, long budget, bool keepText)
    {
        using var stream = entry.Open();
        using var text = keepText ? new MemoryStream() : null;
        var buffer = new byte[81920];
        var crc = new Crc32();
        long count = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (count == 0 && MagicBytes.Sniff(buffer.AsSpan(0, read)) is var signature
                && (MagicBytes.IsExecutable(signature) || MagicBytes.IsArchive(signature)))
            {
                return (0, null, Bomb($"Office 文件内嵌程序或压缩包“{entry.FullName}”，不予接受"));
            }

            count += read;
            if (count > budget || count > entry.Length)
            {
                return (0, null, Bomb($"“{entry.FullName}”实际解压大小超过声明或上限，疑似压缩炸弹"));
            }

            crc.Append(buffer.AsSpan(0, read));
            text?.Write(buffer, 0, read);
        }

        if (count != entry.Length || crc.Value != entry.Crc32)
        {
            return (0, null, Bomb($"“{entry.FullName}”的大小或校验值与声明不符，疑似压缩炸弹或文件被篡改"));
        }

        return (count, text is null ? null : Encoding.UTF8.GetString(text.ToArray()), null);
    }

    private static string Mib(long bytes) => SizeText.Of(bytes);

    private static AttachmentRefusal Bomb(string message) => new(AttachmentRefusalReason.ArchiveBomb, message);

    private static AttachmentRefusal Macro() =>
        new(AttachmentRefusalReason.MacroEnabled, "不允许上传启用宏的 Office 文件，请另存为不含宏的 DOCX/XLSX");
}
