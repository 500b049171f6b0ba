namespace OpenGovInfo.Domain.Calendar;

/// <summary>Working-day arithmetic (工作日计算).</summary>
public sealed partial class WorkingDayCalendar
{
    /// <summary>
    /// The <paramref name="n"/>-th working day after <paramref name="start"/>; <paramref name="start"/> itself is not
    /// counted, whether or not it is a working day. n = 0 gives <paramref name="start"/>.
    /// </summary>
    /// <remarks>
    /// "自X之日起N个工作日内": the day X is not counted (《民法典》第二百零一条: 开始的当日不计入，自下一日开始计算;
    /// regulation-deadlines.md WD-2). The result is always a working day, so the 第二百零三条 holiday roll-over never
    /// applies (WD-3).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">n is negative, or the count leaves <see cref="CoveredRange"/>.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int n) => TryAddWorkingDays(start, n, out var result)
        ? result
        : throw new ArgumentOutOfRangeException(nameof(n), n, $"从 {start:yyyy-MM-dd} 起数 {n} 个工作日超出工作日历覆盖范围 {CoveredRange}");

    /// <summary>As <see cref="AddWorkingDays"/>, but false when the answer lies outside <see cref="CoveredRange"/>.</summary>
    public bool TryAddWorkingDays(DateOnly start, int n, out DateOnly result)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        result = start;
        if (!Covers(start) || n > workingDaysThrough[^1])
        {
            return false;
        }

        if (n == 0)
        {
            return true;
        }

        // The first index whose running count reaches count(start) + n is the n-th working day after start.
        var target = workingDaysThrough[Index(start)] + n;
        if (target > workingDaysThrough[^1])
        {
            return false;
        }

        // The answer is at least n days after start and, but for a break longer than a month, within 2n + 31 days:
        // search that window first (a few steps instead of the whole century), the rest only if it falls short.
        var low = Index(start) + n;
        var high = Math.Min(low + n + 31, workingDaysThrough.Length - 1);
        var found = workingDaysThrough[high] >= target
            ? Array.BinarySearch(workingDaysThrough, low, high - low + 1, target)
            : Array.BinarySearch(workingDaysThrough, target);
        while (found > 0 && workingDaysThrough[found - 1] == target)
        {
            found--;
        }

        result = CoveredRange.First.AddDays(found);
        return true;
    }

    /// <summary>
    /// True when a day in (<paramref name="start"/>, <paramref name="due"/>] is provisional: the count rests on a year
    /// whose notice has not been imported (暂定，以国务院办公厅通知为准).
    /// </summary>
    public bool IsProvisionalCount(DateOnly start, DateOnly due)
    {
        EnsureCovered(start, nameof(start));
        EnsureCovered(due, nameof(due));
        return provisionalThrough[Index(due)] - provisionalThrough[Index(start)] > 0
            || (due == start && IsProvisional(start));
    }

    /// <summary>
    /// The number of working days d with <paramref name="from"/> &lt; d ≤ <paramref name="to"/> (the start day not
    /// counted, as in <see cref="AddWorkingDays"/>); negative when <paramref name="to"/> is before <paramref name="from"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside <see cref="CoveredRange"/>.</exception>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        EnsureCovered(from, nameof(from));
        EnsureCovered(to, nameof(to));
        return workingDaysThrough[Index(to)] - workingDaysThrough[Index(from)];
    }

    /// <summary>“Why this date?” for <see cref="AddWorkingDays"/>: every day of the count; null where it cannot be computed.</summary>
    public DeadlineExplanation? Explain(DateOnly start, int n)
    {
        if (!TryAddWorkingDays(start, n, out var due))
        {
            return null;
        }

        var days = new List<ExplainedDay>(due.DayNumber - start.DayNumber);
        var ordinal = 0;
        for (var d = start.AddDays(1); d <= due; d = d.AddDays(1))
        {
            var entry = EntryFor(d);
            var weekend = d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var kind = entry?.Kind switch
            {
                CalendarEntryKind.Holiday => DayKind.Holiday,
                CalendarEntryKind.MakeUpWorkday => DayKind.MakeUpWorkday,
                _ => weekend ? DayKind.Weekend : DayKind.Workday,
            };
            int? number = kind is DayKind.Workday or DayKind.MakeUpWorkday ? ++ordinal : null;
            days.Add(new ExplainedDay(d, kind, entry?.Name, number, IsProvisional(d)));
        }

        var touched = Enumerable.Range(start.Year, due.Year - start.Year + 1).Select(Year).OfType<CalendarYear>().ToList();
        return new DeadlineExplanation(start, n, due, days, touched);
    }
}
