namespace OpenGovInfo.Domain.Calendar;

/// <summary>The outcome of parsing a calendar CSV: a calendar, or every error found (never both).</summary>
public sealed class CalendarParseResult
{
    private CalendarParseResult(WorkingDayCalendar? calendar, IReadOnlyList<CalendarParseError> errors)
    {
        Calendar = calendar;
        Errors = errors;
    }

    /// <summary>The calendar when the text was valid; otherwise null.</summary>
    public WorkingDayCalendar? Calendar { get; }

    /// <summary>Every problem found, in line order; empty on success.</summary>
    public IReadOnlyList<CalendarParseError> Errors { get; }

    /// <summary>True when the text was valid.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Calendar))]
    public bool IsSuccess => Calendar is not null;

    internal static CalendarParseResult Success(WorkingDayCalendar calendar) => new(calendar, []);

    internal static CalendarParseResult Failure(IReadOnlyList<CalendarParseError> errors) => new(null, errors);
}
