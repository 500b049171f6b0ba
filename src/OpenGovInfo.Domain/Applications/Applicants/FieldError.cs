namespace OpenGovInfo.Domain.Applications.Applicants;

/// <summary>A form field that failed its check, with the Chinese message the applicant reads.</summary>
/// <param name="Field">The field's API name (camelCase, dotted for the applicant: <c>applicant.idNumber</c>).</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record FieldError(string Field, string Message);
