namespace OpenGovInfo.Domain.Calendar;

/// <summary>
/// The expected failure of the statutory clock: the period runs outside the dates the calendar covers (before its
/// first official year, or past the last year the lunar tables allow a provisional arrangement for).
/// </summary>
/// <param name="Start">The day the period runs from.</param>
/// <param name="WorkingDays">The period in working days.</param>
/// <param name="Covered">The dates the calendar covers.</param>
public sealed record CalendarError(DateOnly Start, int WorkingDays, DateRange Covered)
{
    /// <summary>A message for staff, in Chinese.</summary>
    public string Message =>
        $"自 {Start:yyyy-MM-dd} 起 {WorkingDays} 个工作日的期限超出了工作日历的范围（{Covered}），无法计算。";
}
