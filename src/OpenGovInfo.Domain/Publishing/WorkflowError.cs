namespace OpenGovInfo.Domain.Publishing;

/// <summary>A refused action: a typed code and a message for staff in Chinese.</summary>
/// <param name="Code">Why.</param>
/// <param name="Message">The message shown to the user.</param>
public sealed record WorkflowError(WorkflowErrorCode Code, string Message);
