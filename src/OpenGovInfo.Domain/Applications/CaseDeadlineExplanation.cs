using System.Globalization;
using System.Text;
using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Applications;

/// <summary>
/// “Why this date?” for a reply deadline: the clock start (not counted), every day up to the due date — holidays skipped,
/// 调休 weekend days counted, working days inside a consultation or payment period excluded — the extension, and the
/// calendar years the count rests on (official, or provisional 暂定).
/// </summary>
/// <param name="Deadline">The deadline explained.</param>
/// <param name="Days">Every day after the start up to the due date.</param>
/// <param name="Periods">The excluded periods that fall inside the count.</param>
/// <param name="Extension">The extension, if any.</param>
/// <param name="Years">The calendar years touched.</param>
public sealed record CaseDeadlineExplanation(Deadline Deadline, IReadOnlyList<ClockDay> Days, IReadOnlyList<ExcludedPeriod> Periods, Extension? Extension, IReadOnlyList<CalendarYear> Years)
{
    /// <summary>Working days taken out of the count by excluded periods.</summary>
    public int ExcludedWorkingDays => Days.Count(d => d.ExcludedBy is not null && d.Ordinal is null && d.Day.Ordinal is not null);

    /// <summary>Holidays skipped, with their festivals.</summary>
    public IEnumerable<ExplainedDay> HolidaysSkipped => Days.Select(d => d.Day).Where(d => d.Kind == DayKind.Holiday);

    /// <summary>调休 weekend working days counted.</summary>
    public IEnumerable<ExplainedDay> MakeUpWorkdaysCounted => Days.Where(d => d.Ordinal is not null).Select(d => d.Day).Where(d => d.Kind == DayKind.MakeUpWorkday);

    internal static CaseDeadlineExplanation Build(WorkingDayCalendar calendar, Deadline deadline, IReadOnlyList<ExcludedPeriod> periods, Extension? extension)
    {
        // The deadline was computed on this calendar, so the calendar covers the days it explains.
        var calendarCount = calendar.Explain(deadline.Start, calendar.WorkingDaysBetween(deadline.Start, deadline.Due))
            ?? throw new InvalidOperationException("The calendar does not cover a deadline computed on it.");
        var days = new List<ClockDay>(calendarCount.Days.Count);
        var ordinal = 0;
        foreach (var day in calendarCount.Days)
        {
            var period = periods.FirstOrDefault(p => p.Contains(day.Date));
            int? number = day.Ordinal is not null && period is null ? ++ordinal : null;
            days.Add(new ClockDay(day, number, period));
        }

        var inside = periods.Where(p => p.Through > deadline.Start && p.After < deadline.Due).ToList();
        return new CaseDeadlineExplanation(deadline, days, inside, extension, calendarCount.Years);
    }

    /// <summary>The count as plain text, one line a day.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"起算日 {Deadline.Start:yyyy-MM-dd}（当日不计入，《民法典》第二百零一条），计 {Deadline.WorkingDays} 个工作日（{Deadline.LegalBasis}）：\n");
        foreach (var period in Periods)
        {
            text.Append(CultureInfo.InvariantCulture, $"不计入期间：{period.Label} {period.After:yyyy-MM-dd} 之后至 {period.Through:yyyy-MM-dd}{(period.Projected ? "（尚未结束，按最迟日期计）" : string.Empty)}\n");
        }

        if (Extension is { } ext)
        {
            text.Append(CultureInfo.InvariantCulture, $"延长答复期限 {ext.WorkingDays} 个工作日（{ext.ApprovedBy} {ext.ApprovedOn:yyyy-MM-dd} 同意，{ext.NotifiedOn:yyyy-MM-dd} 告知申请人）\n");
        }

        foreach (var day in Days)
        {
            text.Append(CultureInfo.InvariantCulture, $"{day.Day.Date:yyyy-MM-dd} {DeadlineExplanation.Weekday(day.Day.Date)} {day.Description}{(day.Day.Provisional ? "（暂定）" : string.Empty)}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"答复期限届满日 {Deadline.Due:yyyy-MM-dd}{(Deadline.Provisional ? "（" + Calendar.Deadline.ProvisionalNote + "）" : string.Empty)}。\n");
        return text.ToString();
    }
}
