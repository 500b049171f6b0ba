using FsCheck;
using FsCheck.Xunit;
using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Tests.Calendar;

public class WorkingDayCalendarProperties
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;
    private static readonly int Span = China.CoveredRange.Last.DayNumber - China.CoveredRange.First.DayNumber + 1;

    private static DateOnly DayIn(NonNegativeInt offset) => China.CoveredRange.First.AddDays(offset.Get % Span);

    [Property(MaxTest = 500)]
    public bool Result_is_a_working_day_after_the_start(NonNegativeInt offset, NonNegativeInt count)
    {
        var start = DayIn(offset);
        var n = 1 + (count.Get % 120);
        return China.TryAddWorkingDays(start, n, out var due)
            ? due > start && China.IsWorkingDay(due)
            : China.WorkingDaysBetween(start, China.CoveredRange.Last) < n; // refused only when the calendar ends first
    }

    [Property(MaxTest = 500)]
    public bool Counting_back_gives_n(NonNegativeInt offset, NonNegativeInt count)
    {
        var start = DayIn(offset);
        var n = count.Get % 120;
        return !China.TryAddWorkingDays(start, n, out var due) || China.WorkingDaysBetween(start, due) == n;
    }

    [Property(MaxTest = 500)]
    public bool Is_monotonic_in_n_and_in_the_start(NonNegativeInt offset, NonNegativeInt count)
    {
        var start = DayIn(offset);
        var n = count.Get % 120;
        if (!China.TryAddWorkingDays(start.AddDays(1), n + 1, out var later))
        {
            return true;
        }

        var a = China.AddWorkingDays(start, n);
        var b = China.AddWorkingDays(start, n + 1);
        var c = China.AddWorkingDays(start.AddDays(1), n);
        return a < b && a <= c && b <= later;
    }

    [Property(MaxTest = 300)]
    public bool Matches_the_reference_day_by_day_loop(NonNegativeInt offset, NonNegativeInt count)
    {
        // regulation-deadlines.md §0 reference function: step one day at a time, count working days.
        var start = DayIn(offset);
        var n = count.Get % 60;
        if (!China.TryAddWorkingDays(start, n, out var due))
        {
            return true;
        }

        var d = start;
        for (var k = 0; k < n;)
        {
            d = d.AddDays(1);
            k += China.IsWorkingDay(d) ? 1 : 0;
        }

        return d == due;
    }
}
