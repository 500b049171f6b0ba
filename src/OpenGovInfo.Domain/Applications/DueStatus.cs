namespace OpenGovInfo.Domain.Applications;

/// <summary>A due date seen from “today” (a date in China, <see cref="Calendar.ChinaTime.Today"/>).</summary>
/// <param name="Due">The last day on time.</param>
/// <param name="Today">The day of the comparison.</param>
/// <param name="WorkingDaysLeft">Working days in (today, due]; negative when overdue (minus the working days in (due, today]).</param>
/// <param name="CalendarDaysLeft">Due minus today in calendar days.</param>
public sealed record DueStatus(DateOnly Due, DateOnly Today, int WorkingDaysLeft, int CalendarDaysLeft)
{
    /// <summary>AP-5c: today is after the due date.</summary>
    public bool IsOverdue => Today > Due;

    /// <summary>Today is the last day.</summary>
    public bool IsDueToday => Today == Due;

    /// <summary>For staff, e.g. “剩余3个工作日”, “今日到期”, “已逾期2个工作日”.</summary>
    public string Text => IsOverdue ? (WorkingDaysLeft < 0 ? $"已逾期{-WorkingDaysLeft}个工作日" : $"已逾期{-CalendarDaysLeft}天")
        : IsDueToday ? "今日到期"
        : $"剩余{WorkingDaysLeft}个工作日";
}
