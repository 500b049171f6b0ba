using System.Globalization;
using System.Text;

namespace OpenGovInfo.Domain.Calendar;

/// <summary>
/// “Why this date?” — the count behind a deadline: the start day (not counted, 《民法典》第二百零一条), then every day to
/// the due date, each working day numbered, each weekend and holiday skipped with its festival, each 调休 weekend day
/// counted, and whether the years it rests on are official or provisional.
/// </summary>
/// <param name="Start">The day the period runs from (not counted).</param>
/// <param name="WorkingDays">The period.</param>
/// <param name="Due">The last day.</param>
/// <param name="Days">Every day after <paramref name="Start"/> up to <paramref name="Due"/>.</param>
/// <param name="Years">The calendar years the count touches.</param>
public sealed record DeadlineExplanation(DateOnly Start, int WorkingDays, DateOnly Due, IReadOnlyList<ExplainedDay> Days, IReadOnlyList<CalendarYear> Years)
{
    /// <summary>True when any day counted or skipped is provisional.</summary>
    public bool Provisional => Days.Any(d => d.Provisional);

    /// <summary>Days skipped as holidays, with their festivals.</summary>
    public IEnumerable<ExplainedDay> HolidaysSkipped => Days.Where(d => d.Kind == DayKind.Holiday);

    /// <summary>The count as plain text, one line a day (for the CLI and for logs).</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"起算日 {Start:yyyy-MM-dd}（当日不计入，《民法典》第二百零一条），计 {WorkingDays} 个工作日：\n");
        foreach (var day in Days)
        {
            text.Append(CultureInfo.InvariantCulture, $"{day.Date:yyyy-MM-dd} {Weekday(day.Date)} {day.Description}{(day.Provisional ? "（暂定）" : string.Empty)}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"期限届满日 {Due:yyyy-MM-dd}。\n");
        foreach (var year in Years)
        {
            text.Append(CultureInfo.InvariantCulture, $"{year.Year} 年日历：{year.StatusName}")
                .Append(year.Notice is { } n ? $"（{n.Title}{(n.DocumentNumber is null ? string.Empty : "，" + n.DocumentNumber)}）" : string.Empty)
                .Append(year.Status == CalendarYearStatus.Provisional ? "，依《全国年节及纪念日放假办法》和放假调休原则推算，以国务院办公厅通知为准" : string.Empty)
                .Append('\n');
        }

        return text.ToString();
    }

    /// <summary>星期一 … 星期日.</summary>
    public static string Weekday(DateOnly date) => "星期" + "日一二三四五六"[(int)date.DayOfWeek];
}
