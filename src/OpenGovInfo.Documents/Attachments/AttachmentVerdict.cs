namespace OpenGovInfo.Documents.Attachments;

/// <summary>The outcome of inspecting an upload: accepted, or refused with a reason.</summary>
public sealed class AttachmentVerdict
{
    private AttachmentVerdict(AcceptedAttachment? accepted, AttachmentRefusal? refusal)
    {
        Accepted = accepted;
        Refusal = refusal;
        IsAccepted = accepted is not null;
    }

    /// <summary>The accepted file, or null when refused.</summary>
    public AcceptedAttachment? Accepted { get; }

    /// <summary>Why the file was refused, or null when accepted.</summary>
    public AttachmentRefusal? Refusal { get; }

    /// <summary>True when the file was accepted.</summary>
    // Set once by the private constructor (the factories keep "one or the other"), so the attributes hold.
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Accepted))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsAccepted { get; }

    internal static AttachmentVerdict Accept(AcceptedAttachment accepted) => new(accepted, null);

    internal static AttachmentVerdict Refuse(AttachmentRefusalReason reason, string message) =>
        new(null, new AttachmentRefusal(reason, message));

    internal static AttachmentVerdict Refuse(AttachmentRefusal refusal) => new(null, refusal);

    /// <inheritdoc />
    public override string ToString() => Accepted is { } a ? $"accepted {a.Kind} {a.DisplayName}" : $"refused {Refusal}";
}
