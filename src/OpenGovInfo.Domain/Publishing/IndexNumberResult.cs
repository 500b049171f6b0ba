namespace OpenGovInfo.Domain.Publishing;

/// <summary>An <see cref="IndexNumber"/>, or why the input is not one.</summary>
public sealed class IndexNumberResult
{
    private IndexNumberResult(IndexNumber? value, string? error)
    {
        Value = value;
        IsSuccess = value is not null;
        Error = error;
    }

    /// <summary>The index number on success.</summary>
    public IndexNumber? Value { get; }

    /// <summary>The reason in Chinese on failure.</summary>
    public string? Error { get; }

    /// <summary>True when <see cref="Value"/> is set.</summary>
    // Set once by the private constructor (the factories keep "one or the other"), so the attributes hold.
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Value))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess { get; }

    internal static IndexNumberResult Success(IndexNumber value) => new(value, null);

    internal static IndexNumberResult Failure(string error) => new(null, error);
}
