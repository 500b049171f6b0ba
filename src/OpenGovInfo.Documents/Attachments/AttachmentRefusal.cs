namespace OpenGovInfo.Documents.Attachments;

/// <summary>An upload that was not accepted: the reason and a precise Chinese message for the uploader.</summary>
/// <param name="Reason">The category, for mapping and audit.</param>
/// <param name="Message">What is wrong, in Chinese.</param>
public sealed record AttachmentRefusal(AttachmentRefusalReason Reason, string Message);
