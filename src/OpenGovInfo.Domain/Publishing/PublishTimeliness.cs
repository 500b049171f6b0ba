using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Publishing;

/// <summary>
/// 条例 第二十六条: "属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开" — the publish-by
/// date is the 20th working day after the day the information was formed or changed (that day not counted), on the
/// official calendar. Items within <see cref="AtRiskWorkingDays"/> working days of it are at risk.
/// </summary>
public sealed class PublishTimeliness
{
    /// <summary>The default at-risk margin in working days.</summary>
    public const int DefaultAtRiskWorkingDays = 5;

    private readonly StatutoryClock clock;

    /// <summary>Creates the rule on <paramref name="clock"/> with an at-risk margin of <paramref name="atRiskWorkingDays"/>.</summary>
    public PublishTimeliness(StatutoryClock clock, int atRiskWorkingDays = DefaultAtRiskWorkingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(atRiskWorkingDays);
        this.clock = clock;
        AtRiskWorkingDays = atRiskWorkingDays;
    }

    /// <summary>Working days left at or below which an unpublished item is <see cref="TimelinessStatus.AtRisk"/>.</summary>
    public int AtRiskWorkingDays { get; }

    /// <summary>Sets the publish-by deadline for information formed or changed on <paramref name="formedOrChanged"/>.</summary>
    public DeadlineResult PublishBy(DateOnly formedOrChanged) => clock.PublishBy(formedOrChanged);

    /// <summary>
    /// Assesses an item against its stored <paramref name="deadline"/> on <paramref name="today"/> (a China date).
    /// <paramref name="publishedOn"/> is the China date of first publication, or null.
    /// </summary>
    public TimelinessAssessment Assess(Deadline deadline, DateOnly today, DateOnly? publishedOn)
    {
        if (publishedOn is { } published)
        {
            var status = deadline.IsMissedBy(published) ? TimelinessStatus.PublishedLate : TimelinessStatus.PublishedOnTime;
            return new TimelinessAssessment(deadline, status, null);
        }

        if (deadline.IsMissedBy(today))
        {
            return new TimelinessAssessment(deadline, TimelinessStatus.Late, -WorkingDaysAfter(deadline.Due, today));
        }

        var left = WorkingDaysAfter(today, deadline.Due);
        return new TimelinessAssessment(deadline, left <= AtRiskWorkingDays ? TimelinessStatus.AtRisk : TimelinessStatus.OnTime, left);
    }

    /// <summary>Sets the deadline and assesses in one step, or reports that the calendar does not reach that far.</summary>
    public TimelinessResult Assess(DateOnly formedOrChanged, DateOnly today, DateOnly? publishedOn)
    {
        var deadline = PublishBy(formedOrChanged);
        return deadline.IsSuccess
            ? TimelinessResult.Success(Assess(deadline.Deadline, today, publishedOn))
            : TimelinessResult.Failure(deadline.Error);
    }

    // Counted on the current calendar; when a date lies beyond it the count is capped at the calendar's end.
    private int WorkingDaysAfter(DateOnly from, DateOnly to)
    {
        var range = clock.Calendar.CoveredRange;
        var clamp = (DateOnly d) => d < range.First ? range.First : d > range.Last ? range.Last : d;
        return clock.Calendar.WorkingDaysBetween(clamp(from), clamp(to));
    }
}
