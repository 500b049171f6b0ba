namespace OpenGovInfo.Domain.Applications;

/// <summary>A refused event or input: a typed code and a message for staff in Chinese.</summary>
/// <param name="Code">Why.</param>
/// <param name="Message">The message shown to the user.</param>
public sealed record CaseError(CaseErrorCode Code, string Message);
