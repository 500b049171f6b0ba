namespace OpenGovInfo.Documents.Json;

/// <summary>Why a canonical JSON report could not be read: the JSON path and a Chinese message.</summary>
/// <param name="Path">JSONPath of the offending value, e.g. <c>$.applications.rows['granted'][3]</c>.</param>
/// <param name="Message">What is wrong, in Chinese.</param>
public sealed record JsonReadError(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
