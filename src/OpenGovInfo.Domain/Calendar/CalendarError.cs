namespace OpenGovInfo.Domain.Calendar;

/// <summary>
/// The expected failure of the statutory clock: the period runs past the dates the official calendar covers (the
/// next year's 放假安排 is not yet published or not yet entered). No deadline is guessed.
/// </summary>
/// <param name="Start">The day the period runs from.</param>
/// <param name="WorkingDays">The period in working days.</param>
/// <param name="Covered">The dates the calendar covers.</param>
public sealed record CalendarError(DateOnly Start, int WorkingDays, DateRange Covered)
{
    /// <summary>A message for staff, in Chinese.</summary>
    public string Message =>
        $"自 {Start:yyyy-MM-dd} 起 {WorkingDays} 个工作日的期限超出了官方工作日历的范围（{Covered}），"
        + "须待国务院办公厅公布下一年度节假日安排并录入日历后才能计算。";
}
