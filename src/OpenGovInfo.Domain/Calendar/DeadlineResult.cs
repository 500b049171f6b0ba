namespace OpenGovInfo.Domain.Calendar;

/// <summary>A deadline, or the reason it cannot be computed yet (never both).</summary>
public sealed class DeadlineResult
{
    private DeadlineResult(Deadline? deadline, CalendarError? error)
    {
        Deadline = deadline;
        Error = error;
    }

    /// <summary>The deadline when it could be computed.</summary>
    public Deadline? Deadline { get; }

    /// <summary>Why it could not, otherwise null.</summary>
    public CalendarError? Error { get; }

    /// <summary>True when <see cref="Deadline"/> is set.</summary>
    public bool IsSuccess => Deadline is not null;

    internal static DeadlineResult Success(Deadline deadline) => new(deadline, null);

    internal static DeadlineResult Failure(CalendarError error) => new(null, error);
}
