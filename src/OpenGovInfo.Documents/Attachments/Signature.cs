namespace OpenGovInfo.Documents.Attachments;

/// <summary>What the first bytes of a file say it is.</summary>
internal enum Signature
{
    Unknown,
    Pdf,
    Png,
    Jpeg,
    Gif,
    Webp,
    Zip,
    OtherArchive,
    OleCompound,
    WindowsExecutable,
    Elf,
    MachOrJavaClass,
    Script,
}
