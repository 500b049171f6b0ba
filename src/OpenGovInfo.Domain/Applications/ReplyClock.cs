using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Applications;

/// <summary>
/// AP-5a: the reply period counts working days after the clock start, skipping the working days of excluded periods
/// (条例 第三十三条第三款, FEE-6). Periods may overlap (two consultations at once count once) and a period that starts after
/// the deadline does not move it.
/// </summary>
public static class ReplyClock
{
    /// <summary>
    /// The <paramref name="workingDays"/>-th counting working day after <paramref name="start"/>; false when the calendar
    /// ends first. With no periods this is <see cref="WorkingDayCalendar.AddWorkingDays"/>.
    /// </summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="start">The clock start (not counted, WD-2).</param>
    /// <param name="workingDays">Working days to count (20, or 20 + the extension).</param>
    /// <param name="periods">Excluded periods, ordered by <see cref="ExcludedPeriod.After"/>.</param>
    /// <param name="due">The deadline.</param>
    public static bool TryDue(WorkingDayCalendar calendar, DateOnly start, int workingDays, IReadOnlyList<ExcludedPeriod> periods, out DateOnly due)
    {
        var position = start;
        var remaining = workingDays;
        foreach (var period in periods)
        {
            if (period.Through <= position || period.Through <= period.After || (remaining == 0 && period.After > position))
            {
                continue;
            }

            if (period.After > position)
            {
                // A period that starts after the count is complete does not move the deadline; one sent on the last
                // day does (the sending day counts for the agency, the time after it does not).
                var available = calendar.WorkingDaysBetween(position, period.After);
                if (available > remaining)
                {
                    return calendar.TryAddWorkingDays(position, remaining, out due);
                }

                remaining -= available;
            }

            position = period.Through;
        }

        // [D] A count used up exactly when a period began ends when the period ends, on a working day (WD-3).
        if (remaining == 0 && calendar.Covers(position) && calendar.IsWorkingDay(position))
        {
            due = position;
            return true;
        }

        return calendar.TryAddWorkingDays(position, Math.Max(remaining, 1), out due);
    }
}
