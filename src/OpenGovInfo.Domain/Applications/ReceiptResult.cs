namespace OpenGovInfo.Domain.Applications;

/// <summary>The receipt date (收到申请之日) with any warnings, or the error that prevents it (never both).</summary>
public sealed class ReceiptResult
{
    private ReceiptResult(DateOnly? receivedOn, IReadOnlyList<string> warnings, CaseError? error)
    {
        ReceivedOn = receivedOn;
        IsSuccess = receivedOn is not null;
        Warnings = warnings;
        Error = error;
    }

    /// <summary>The receipt date, when it can be determined.</summary>
    public DateOnly? ReceivedOn { get; }

    /// <summary>Warnings for staff in Chinese (e.g. an ordinary letter confirmed after the day it arrived).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Why the date cannot be determined, otherwise null.</summary>
    public CaseError? Error { get; }

    /// <summary>True when <see cref="ReceivedOn"/> is set.</summary>
    // Set once by the private constructor (the factories keep "one or the other"), so the attributes hold.
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(ReceivedOn))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess { get; }

    internal static ReceiptResult Success(DateOnly receivedOn, params string[] warnings) => new(receivedOn, warnings, null);

    internal static ReceiptResult Failure(CaseErrorCode code, string message) => new(null, [], new CaseError(code, message));
}
