namespace OpenGovInfo.Documents.Attachments;

/// <summary>Why an upload was refused; the web layer may map these to form errors or audit entries.</summary>
public enum AttachmentRefusalReason
{
    /// <summary>The name is empty, too long, reserved or contains control or direction-override characters.</summary>
    UnsafeName,

    /// <summary>An executable or script, by name or by content.</summary>
    Executable,

    /// <summary>A macro-enabled Office file.</summary>
    MacroEnabled,

    /// <summary>Larger than the limit.</summary>
    TooLarge,

    /// <summary>Empty file.</summary>
    Empty,

    /// <summary>The content is not one of the accepted formats.</summary>
    UnsupportedType,

    /// <summary>The extension does not agree with the content.</summary>
    ExtensionMismatch,

    /// <summary>The browser's declared content type contradicts the content.</summary>
    ContentTypeMismatch,

    /// <summary>An archive that unpacks to too much, too many entries, nested archives or lying sizes.</summary>
    ArchiveBomb,

    /// <summary>A damaged file that cannot be read as its format.</summary>
    Corrupt,
}
