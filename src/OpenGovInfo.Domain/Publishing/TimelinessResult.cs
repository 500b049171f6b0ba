using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Publishing;

/// <summary>A timeliness assessment, or the calendar error that prevents one (never both).</summary>
public sealed class TimelinessResult
{
    private TimelinessResult(TimelinessAssessment? assessment, CalendarError? error)
    {
        Assessment = assessment;
        IsSuccess = assessment is not null;
        Error = error;
    }

    /// <summary>The assessment on success.</summary>
    public TimelinessAssessment? Assessment { get; }

    /// <summary>Why the publish-by date cannot be set yet.</summary>
    public CalendarError? Error { get; }

    /// <summary>True when <see cref="Assessment"/> is set.</summary>
    // Set once by the private constructor (the factories keep "one or the other"), so the attributes hold.
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Assessment))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess { get; }

    internal static TimelinessResult Success(TimelinessAssessment assessment) => new(assessment, null);

    internal static TimelinessResult Failure(CalendarError error) => new(null, error);
}
