namespace OpenGovInfo.Domain.Calendar;

/// <summary>
/// Sets statutory deadlines counted in working days on one official calendar. Publishing timeliness uses it now;
/// the application case clock (答复、补正、征求意见) will use the same instance.
/// </summary>
public sealed class StatutoryClock(WorkingDayCalendar calendar)
{
    /// <summary>条例 第二十六条: proactive information is published within 20 working days of being formed or changed.</summary>
    public const int ProactivePublishingWorkingDays = 20;

    /// <summary>The calendar in use.</summary>
    public WorkingDayCalendar Calendar { get; } = calendar;

    /// <summary>
    /// The deadline <paramref name="workingDays"/> working days after <paramref name="start"/> (the start day not
    /// counted: 《民法典》第二百零一条, regulation-deadlines.md WD-2), or a <see cref="CalendarError"/> when the
    /// calendar does not reach that far.
    /// </summary>
    public DeadlineResult Set(DateOnly start, int workingDays, string legalBasis) =>
        Calendar.TryAddWorkingDays(start, workingDays, out var due)
            ? DeadlineResult.Success(new Deadline(start, workingDays, due, legalBasis, Calendar.Version, Calendar.IsProvisionalCount(start, due)))
            : DeadlineResult.Failure(new CalendarError(start, workingDays, Calendar.CoveredRange));

    /// <summary>“Why this date?”: the count behind <see cref="Set"/>, day by day; null where it cannot be computed.</summary>
    public DeadlineExplanation? Explain(DateOnly start, int workingDays) => Calendar.Explain(start, workingDays);

    /// <summary>
    /// 条例 第二十六条: "应当自该政府信息形成或者变更之日起20个工作日内及时公开" — the publish-by date of proactive
    /// information formed or changed on <paramref name="formedOrChanged"/>.
    /// </summary>
    public DeadlineResult PublishBy(DateOnly formedOrChanged) =>
        Set(formedOrChanged, ProactivePublishingWorkingDays, "条例 第二十六条");
}
