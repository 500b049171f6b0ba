namespace OpenGovInfo.Domain.Calendar.Holidays;

/// <summary>
/// A provisional year (暂定) computed from the law where no notice has been imported: each festival's break from
/// <see cref="BreakShapes"/>, and as many make-up workdays as the break takes weekdays beyond its statutory days. The
/// make-up days are the weekend days nearest the break (two on each side, skipping other breaks) that keep every run
/// of working days to six at most (《全国年节及纪念日放假办法》 as revised in 2024, 第七条) and leave no working day alone
/// between days off; among those, the nearest to the break.
/// </summary>
public static class HolidayPredictor
{
    private const int Window = 21;
    private const int LongestRun = 6;

    /// <summary>The breaks of <paramref name="year"/>; <paramref name="isOffOutside"/> says which days outside them are off (weekends, other years' holidays).</summary>
    public static IReadOnlyList<PredictedBreak> Predict(int year, Func<DateOnly, bool>? isOffOutside = null)
    {
        isOffOutside ??= IsWeekend;
        var shapes = BreakShapes.Of(year).OrderBy(b => b.Holiday.First).ToList();
        var inBreak = shapes.SelectMany(b => Days(b.Holiday)).ToHashSet();
        var worked = new HashSet<DateOnly>();
        var breaks = new List<PredictedBreak>();
        foreach (var (name, holiday, statutory) in shapes)
        {
            var weekdays = Days(holiday).Count(d => !IsWeekend(d));
            bool IsOff(DateOnly d) => !worked.Contains(d) && (inBreak.Contains(d) || isOffOutside(d));
            var makeUps = Choose(holiday, weekdays - statutory, d => IsWeekend(d) && !inBreak.Contains(d) && !worked.Contains(d) && isOffOutside(d), IsOff);
            worked.UnionWith(makeUps);
            breaks.Add(new PredictedBreak(name, holiday, statutory, makeUps));
        }

        return breaks;
    }

    /// <summary>The calendar rows of <paramref name="year"/>'s predicted breaks: weekday holidays and weekend workdays.</summary>
    public static IReadOnlyList<CalendarEntry> Rows(int year, Func<DateOnly, bool>? isOffOutside = null) =>
        [.. Predict(year, isOffOutside).SelectMany(b => Days(b.Holiday).Where(d => !IsWeekend(d))
                .Select(d => new CalendarEntry(d, CalendarEntryKind.Holiday, b.Name))
                .Concat(b.MakeUpWorkdays.Select(d => new CalendarEntry(d, CalendarEntryKind.MakeUpWorkday, b.Name))))
            .OrderBy(e => e.Date)];

    private static List<DateOnly> Choose(DateRange holiday, int count, Func<DateOnly, bool> isCandidate, Func<DateOnly, bool> isOff)
    {
        if (count <= 0)
        {
            return [];
        }

        var candidates = Nearest(holiday.First, -1, isCandidate).Concat(Nearest(holiday.Last, 1, isCandidate)).ToList();
        List<DateOnly>? best = null;
        (int Valid, int Distance) bestScore = (int.MaxValue, int.MaxValue);
        foreach (var set in Subsets(candidates, count))
        {
            var score = Score(holiday, set, isOff);
            if (score.CompareTo(bestScore) < 0)
            {
                (best, bestScore) = (set, score);
            }
        }

        return best ?? [];
    }

    // The two weekend days nearest the break on one side that lie in no break.
    private static IEnumerable<DateOnly> Nearest(DateOnly edge, int step, Func<DateOnly, bool> isCandidate)
    {
        var found = 0;
        for (var d = edge.AddDays(step); found < 2 && Math.Abs(d.DayNumber - edge.DayNumber) <= Window; d = d.AddDays(step))
        {
            if (isCandidate(d))
            {
                found++;
                yield return d;
            }
        }
    }

    private static (int Invalid, int Distance) Score(DateRange holiday, List<DateOnly> set, Func<DateOnly, bool> isOff)
    {
        bool Working(DateOnly d) => set.Contains(d) || (!holiday.Contains(d) && !isOff(d));
        var run = 0;
        var longest = 0;
        for (var d = holiday.First.AddDays(-Window); d <= holiday.Last.AddDays(Window); d = d.AddDays(1))
        {
            run = Working(d) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var alone = set.Count(d => !Working(d.AddDays(-1)) && !Working(d.AddDays(1)));
        var invalid = Math.Max(0, longest - LongestRun) + (alone * 10);
        var distance = set.Sum(d => d < holiday.First ? holiday.First.DayNumber - d.DayNumber : d.DayNumber - holiday.Last.DayNumber);
        return (invalid, distance);
    }

    private static IEnumerable<List<DateOnly>> Subsets(List<DateOnly> items, int size)
    {
        if (size == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = 0; i <= items.Count - size; i++)
        {
            foreach (var rest in Subsets(items[(i + 1)..], size - 1))
            {
                yield return [items[i], .. rest];
            }
        }
    }

    private static IEnumerable<DateOnly> Days(DateRange range)
    {
        for (var d = range.First; d <= range.Last; d = d.AddDays(1))
        {
            yield return d;
        }
    }

    private static bool IsWeekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
