namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>How pressing a report's deadline is.</summary>
public enum ReminderUrgency
{
    /// <summary>临近期限: inside the reminder window.</summary>
    Due,

    /// <summary>即将到期: the last days before the deadline.</summary>
    Urgent,

    /// <summary>已逾期: the deadline passed and the report is not published.</summary>
    Late,
}

/// <summary>One report that is due or late: what a work queue or a page shows as a reminder.</summary>
/// <param name="AgencyId">The reporting agency.</param>
/// <param name="AgencyName">Its name.</param>
/// <param name="Year">The year the report covers.</param>
/// <param name="Due">The legal publication date (条例 第四十九条).</param>
/// <param name="DaysLeft">Calendar days from today (Beijing) to <paramref name="Due"/>; negative when late.</param>
/// <param name="Status">Where the report stands, or null when nothing is saved yet.</param>
/// <param name="Urgency">How pressing it is.</param>
public sealed record ReportReminder(int AgencyId, string AgencyName, int Year, DateOnly Due, int DaysLeft, ReportStatus? Status, ReminderUrgency Urgency)
{
    /// <summary>The status as people read it.</summary>
    public string StatusName => Status?.Name() ?? "未编制";

    /// <summary>The reminder as one sentence.</summary>
    public string Text => Urgency == ReminderUrgency.Late
        ? $"{AgencyName}{Year}年年报已逾期 {-DaysLeft} 天（公开期限 {Due:yyyy-MM-dd}，当前状态：{StatusName}）"
        : $"{AgencyName}{Year}年年报距公开期限还有 {DaysLeft} 天（{Due:yyyy-MM-dd}，当前状态：{StatusName}）";

    /// <summary>The label of <see cref="Urgency"/>.</summary>
    public string UrgencyName => Urgency switch
    {
        ReminderUrgency.Late => "已逾期",
        ReminderUrgency.Urgent => "即将到期",
        _ => "临近期限",
    };
}
