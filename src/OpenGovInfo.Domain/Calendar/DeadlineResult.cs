namespace OpenGovInfo.Domain.Calendar;

/// <summary>A deadline, or the reason it cannot be computed yet (never both).</summary>
public sealed class DeadlineResult
{
    private DeadlineResult(Deadline? deadline, CalendarError? error)
    {
        Deadline = deadline;
        IsSuccess = deadline is not null;
        Error = error;
    }

    /// <summary>The deadline when it could be computed.</summary>
    public Deadline? Deadline { get; }

    /// <summary>Why it could not, otherwise null.</summary>
    public CalendarError? Error { get; }

    /// <summary>True when <see cref="Deadline"/> is set.</summary>
    // Set once by the private constructor (the factories keep "one or the other"), so the attributes hold.
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Deadline))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess { get; }

    internal static DeadlineResult Success(Deadline deadline) => new(deadline, null);

    internal static DeadlineResult Failure(CalendarError error) => new(null, error);
}
