namespace OpenGovInfo.Documents.Attachments;

/// <summary>Sniffs a file's format from its leading bytes (the name and the declared type are claims, this is evidence).</summary>
internal static class MagicBytes
{
    private static readonly (byte[] Magic, Signature Signature)[] Prefixes =
    [
        ("%PDF-"u8.ToArray(), Signature.Pdf),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], Signature.Png),
        ([0xFF, 0xD8, 0xFF], Signature.Jpeg),
        ("GIF87a"u8.ToArray(), Signature.Gif),
        ("GIF89a"u8.ToArray(), Signature.Gif),
        ([0x50, 0x4B, 0x03, 0x04], Signature.Zip),
        ([0x50, 0x4B, 0x05, 0x06], Signature.Zip), // empty archive
        ("Rar!"u8.ToArray(), Signature.OtherArchive),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], Signature.OtherArchive), // 7z
        ([0x1F, 0x8B], Signature.OtherArchive), // gzip
        ("BZh"u8.ToArray(), Signature.OtherArchive),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], Signature.OtherArchive), // xz
        ("MSCF"u8.ToArray(), Signature.OtherArchive), // cabinet
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], Signature.OleCompound), // .doc/.xls/.msi
        ("MZ"u8.ToArray(), Signature.WindowsExecutable),
        ([0x7F, 0x45, 0x4C, 0x46], Signature.Elf),
        ([0xFE, 0xED, 0xFA, 0xCE], Signature.MachOrJavaClass),
        ([0xFE, 0xED, 0xFA, 0xCF], Signature.MachOrJavaClass),
        ([0xCE, 0xFA, 0xED, 0xFE], Signature.MachOrJavaClass),
        ([0xCF, 0xFA, 0xED, 0xFE], Signature.MachOrJavaClass),
        ([0xCA, 0xFE, 0xBA, 0xBE], Signature.MachOrJavaClass), // fat Mach-O and Java class files share it
        ("#!"u8.ToArray(), Signature.Script),
    ];

    /// <summary>The signature of <paramref name="content"/>.</summary>
    internal static Signature Sniff(ReadOnlySpan<byte> content)
    {
        // A UTF-8 BOM before "#!" still runs under some shells; look past it.
        var body = content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content;
        foreach (var (magic, signature) in Prefixes)
        {
            if (body.StartsWith(magic))
            {
                return signature;
            }
        }

        return IsWebp(content) ? Signature.Webp : Signature.Unknown;
    }

    /// <summary>True for signatures that are programs whatever the name says.</summary>
    internal static bool IsExecutable(Signature signature) =>
        signature is Signature.WindowsExecutable or Signature.Elf or Signature.MachOrJavaClass or Signature.Script;

    /// <summary>True for signatures that are archives (refused when found inside an Office package).</summary>
    internal static bool IsArchive(Signature signature) =>
        signature is Signature.Zip or Signature.OtherArchive or Signature.OleCompound;

    private static bool IsWebp(ReadOnlySpan<byte> content) =>
        content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8);
}
