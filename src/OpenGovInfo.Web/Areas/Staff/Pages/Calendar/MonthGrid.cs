using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Calendar.Notices;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Calendar;

/// <summary>One day of the preview's month grid.</summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">“holiday” (day off for a festival), “workday” (调休上班), “weekend” or “plain”.</param>
/// <param name="Festival">The festival of a holiday or make-up day.</param>
public sealed record GridDay(DateOnly Date, string Kind, string? Festival);

/// <summary>A month of the preview: weeks of seven cells (Monday first), null outside the month.</summary>
/// <param name="Year">Year.</param>
/// <param name="Month">Month.</param>
/// <param name="Weeks">Rows of seven.</param>
public sealed record MonthGrid(int Year, int Month, IReadOnlyList<IReadOnlyList<GridDay?>> Weeks)
{
    /// <summary>The months of a notice's year (and the December before when the notice reaches into it).</summary>
    public static IReadOnlyList<MonthGrid> For(HolidayNotice notice, WorkingDayCalendar calendar, IReadOnlyList<CalendarEntry> rows)
    {
        var festivalOf = new Dictionary<DateOnly, string>();
        foreach (var a in notice.Arrangements)
        {
            if (a.Holiday is not { } holiday)
            {
                continue;
            }

            for (var d = holiday.First; d <= holiday.Last; d = d.AddDays(1))
            {
                festivalOf[d] = a.Name;
            }
        }

        foreach (var row in rows)
        {
            festivalOf[row.Date] = row.Name;
        }

        var first = rows.Count > 0 && rows[0].Date.Year < notice.Year ? new DateOnly(notice.Year - 1, 12, 1) : new DateOnly(notice.Year, 1, 1);
        var months = new List<MonthGrid>();
        for (var m = first; m.Year <= notice.Year; m = m.AddMonths(1))
        {
            months.Add(Build(m, calendar, festivalOf));
        }

        return months;
    }

    private static MonthGrid Build(DateOnly first, WorkingDayCalendar calendar, Dictionary<DateOnly, string> festivalOf)
    {
        var weeks = new List<IReadOnlyList<GridDay?>>();
        var week = new GridDay?[7];
        for (var d = first; d.Month == first.Month; d = d.AddDays(1))
        {
            var column = ((int)d.DayOfWeek + 6) % 7;
            week[column] = Day(d, calendar, festivalOf);
            if (column == 6 || d.AddDays(1).Month != first.Month)
            {
                weeks.Add(week);
                week = new GridDay?[7];
            }
        }

        return new MonthGrid(first.Year, first.Month, weeks);
    }

    private static GridDay Day(DateOnly d, WorkingDayCalendar calendar, Dictionary<DateOnly, string> festivalOf)
    {
        var weekend = d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var working = calendar.Covers(d) ? calendar.IsWorkingDay(d) : !weekend;
        var festival = festivalOf.GetValueOrDefault(d);
        var kind = (working, weekend, festival) switch
        {
            (true, true, _) => "workday",
            (false, _, not null) => "holiday",
            (false, _, null) => "weekend",
            _ => "plain",
        };
        return new GridDay(d, kind, kind is "holiday" or "workday" ? festival : null);
    }
}
