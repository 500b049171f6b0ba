namespace OpenGovInfo.Domain.Publishing;

/// <summary>A business-rule problem with one field of an item, in Chinese.</summary>
/// <param name="Field">The property name, e.g. <c>Title</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ItemFieldError(string Field, string Message);
