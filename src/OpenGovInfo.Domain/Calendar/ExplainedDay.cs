namespace OpenGovInfo.Domain.Calendar;

/// <summary>One day of a working-day count.</summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">Workday, weekend, holiday or make-up workday.</param>
/// <param name="Festival">The festival of a holiday or make-up workday.</param>
/// <param name="Ordinal">The working day's number in the count (1…N), or null for a day skipped.</param>
/// <param name="Provisional">True when the day's status comes from a provisional year.</param>
public sealed record ExplainedDay(DateOnly Date, DayKind Kind, string? Festival, int? Ordinal, bool Provisional)
{
    /// <summary>The day in words, e.g. “第3个工作日”, “跳过：春节放假”, “计入：国庆节调休上班”.</summary>
    public string Description => Kind switch
    {
        DayKind.Workday => $"第{Ordinal}个工作日",
        DayKind.MakeUpWorkday => $"第{Ordinal}个工作日（{Festival}调休上班，计入）",
        DayKind.Holiday => $"{Festival}放假，不计",
        _ => "周末，不计",
    };
}
