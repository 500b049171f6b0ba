namespace OpenGovInfo.Platform.Applications;

/// <summary>What a stored file of a case is.</summary>
public enum ApplicationDocumentPurpose
{
    /// <summary>Sent with the application or a supplement by the applicant.</summary>
    ApplicantAttachment,

    /// <summary>The dispatched reply letter (答复告知书), frozen at dispatch.</summary>
    ReplyLetter,
}

/// <summary>A file of a case, bytes inline (files are small: attachments are size-limited, letters are generated).</summary>
public sealed class ApplicationDocumentRow
{
    /// <summary>Database identity.</summary>
    public int Id { get; set; }

    /// <summary>The application.</summary>
    public int ApplicationId { get; set; }

    /// <summary>What it is.</summary>
    public ApplicationDocumentPurpose Purpose { get; set; }

    /// <summary>File name shown.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>MIME type, from the inspected content.</summary>
    public string ContentType { get; set; } = string.Empty;

    /// <summary>SHA-256 of the bytes (hex).</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>The bytes.</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>When (UTC).</summary>
    public DateTimeOffset StoredAt { get; set; }
}
