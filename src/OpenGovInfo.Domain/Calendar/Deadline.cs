namespace OpenGovInfo.Domain.Calendar;

/// <summary>
/// A statutory deadline as set: computed once and stored, with the calendar version it was computed on, so a later
/// calendar edit never moves it silently (architecture: deadlines are computed … and stored when they are set).
/// </summary>
/// <param name="Start">The day the period runs from (not itself counted).</param>
/// <param name="WorkingDays">The period in working days.</param>
/// <param name="Due">The last day on which the act is on time.</param>
/// <param name="LegalBasis">The rule, e.g. 条例 第二十六条.</param>
/// <param name="Calendar">The calendar data used.</param>
/// <param name="Provisional">True when the count crossed a provisional year (暂定，以国务院办公厅通知为准).</param>
public sealed record Deadline(DateOnly Start, int WorkingDays, DateOnly Due, string LegalBasis, CalendarVersion Calendar, bool Provisional = false)
{
    /// <summary>The mark shown beside a provisional date.</summary>
    public const string ProvisionalMark = "暂定";

    /// <summary>The note shown with a provisional date.</summary>
    public const string ProvisionalNote = "暂定：以国务院办公厅通知为准";

    /// <summary>True when an act done on <paramref name="date"/> is late.</summary>
    public bool IsMissedBy(DateOnly date) => date > Due;
}
