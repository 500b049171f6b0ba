namespace OpenGovInfo.Domain.Calendar;

/// <summary>The <c>kind</c> column of the working-day calendar CSV.</summary>
public enum CalendarEntryKind
{
    /// <summary><c>holiday</c>: a Monday–Friday that is a day off (放假).</summary>
    Holiday,

    /// <summary><c>workday</c>: a Saturday or Sunday that is a make-up working day (调休上班).</summary>
    MakeUpWorkday,
}
