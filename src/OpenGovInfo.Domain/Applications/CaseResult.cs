namespace OpenGovInfo.Domain.Applications;

/// <summary>The case after replaying or appending, or the error and the event that caused it (never both).</summary>
public sealed class CaseResult
{
    private CaseResult(ApplicationCase? @case, CaseError? error, int? eventIndex)
    {
        Case = @case;
        IsSuccess = @case is not null;
        Error = error;
        EventIndex = eventIndex;
    }

    /// <summary>The case, when every event was valid.</summary>
    public ApplicationCase? Case { get; }

    /// <summary>Why an event was refused, otherwise null.</summary>
    public CaseError? Error { get; }

    /// <summary>The index of the refused event in the log.</summary>
    public int? EventIndex { get; }

    /// <summary>True when <see cref="Case"/> is set.</summary>
    // Set once by the private constructor (the factories keep "one or the other"), so the attributes hold.
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Case))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess { get; }

    internal static CaseResult Success(ApplicationCase @case) => new(@case, null, null);

    internal static CaseResult Failure(CaseError error, int eventIndex) => new(null, error, eventIndex);
}
