namespace OpenGovInfo.Platform.Common;

/// <summary>
/// The codes of <see cref="Error"/>: written once, so use cases and pages compare against a name the compiler checks.
/// The values are the wire format (JSON <c>code</c>, form errors) and do not change.
/// </summary>
public static class ErrorCodes
{
    /// <summary>Code <c>attachment_refused</c>.</summary>
    public const string AttachmentRefused = "attachment_refused";

    /// <summary>Someone else changed the record first.</summary>
    public const string Conflict = "conflict";

    /// <summary>Code <c>credit_code</c>.</summary>
    public const string CreditCode = "credit_code";

    /// <summary>Code <c>credit_code_taken</c>.</summary>
    public const string CreditCodeTaken = "credit_code_taken";

    /// <summary>The record exists already.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>The actor may not do this (HTTP 403).</summary>
    public const string Forbidden = "forbidden";

    /// <summary>Code <c>incomplete</c>.</summary>
    public const string Incomplete = "incomplete";

    /// <summary>The input breaks a rule; the message says which.</summary>
    public const string Invalid = "invalid";

    /// <summary>Code <c>invalid_notice</c>.</summary>
    public const string InvalidNotice = "invalid_notice";

    /// <summary>The record is not in a state that allows this.</summary>
    public const string InvalidState = "invalid_state";

    /// <summary>Code <c>kind</c>.</summary>
    public const string Kind = "kind";

    /// <summary>Code <c>name</c>.</summary>
    public const string Name = "name";

    /// <summary>The thing asked for does not exist (HTTP 404).</summary>
    public const string NotFound = "not_found";

    /// <summary>Code <c>parent</c>.</summary>
    public const string Parent = "parent";

    /// <summary>The case or workflow refuses this step now.</summary>
    public const string Refused = "refused";

    /// <summary>Code <c>rendering</c>.</summary>
    public const string Rendering = "rendering";

    /// <summary>A required value is missing.</summary>
    public const string Required = "required";

    /// <summary>Code <c>rule</c>.</summary>
    public const string Rule = "rule";

    /// <summary>The draft is older than the records it was built from.</summary>
    public const string Stale = "stale";

    /// <summary>A hierarchy would become deeper than allowed.</summary>
    public const string TooDeep = "too_deep";

    /// <summary>A text is longer than its limit.</summary>
    public const string TooLong = "too_long";

    /// <summary>A published report file was read, but some of its cells could not be (nothing is imported).</summary>
    public const string Ambiguous = "ambiguous";

    /// <summary>A .docx chosen as an item body could not be converted.</summary>
    public const string DocxImport = "docx_import";

    /// <summary>A file could not be read at all.</summary>
    public const string Unreadable = "unreadable";

    /// <summary>A register row was withdrawn (撤回) and can no longer be corrected or withdrawn.</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>A correction that changes nothing.</summary>
    public const string Unchanged = "unchanged";

    /// <summary>Too many submissions from one applicant (answered 429 by the API).</summary>
    public const string TooMany = "too_many";
}
