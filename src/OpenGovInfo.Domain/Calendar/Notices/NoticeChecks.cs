using OpenGovInfo.Domain.Calendar.Holidays;

namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>
/// The checks a notice must pass before its days are stored: 共N天 equals the range; every 上班 day is a Saturday or
/// Sunday and lies outside the holiday; every date belongs to the notice's year (or, on a 元旦 line, the December
/// before); the festival's statutory days under 《全国年节及纪念日放假办法》 lie inside its holiday; no festival is
/// arranged twice.
/// </summary>
public static class NoticeChecks
{
    /// <summary>Every error of <paramref name="notice"/>, with the line it is on.</summary>
    public static IReadOnlyList<NoticeError> Errors(HolidayNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var errors = new List<NoticeError>();
        var seen = new Dictionary<Festival, int>();
        foreach (var a in notice.Arrangements)
        {
            foreach (var festival in a.Festivals)
            {
                if (!notice.IsAmendment && seen.TryGetValue(festival, out var first))
                {
                    errors.Add(new(a.Line, $"{FestivalNames.Of(festival)}已在第 {first} 行安排过。"));
                }

                seen.TryAdd(festival, a.Line);
            }

            errors.AddRange(Check(a, notice.Year).Select(m => new NoticeError(a.Line, m)));
        }

        return errors;
    }

    /// <summary>What a person should look at although the text is valid.</summary>
    public static IReadOnlyList<string> Warnings(int year, bool isAmendment, IReadOnlyList<HolidayArrangement> arrangements)
    {
        ArgumentNullException.ThrowIfNull(arrangements);
        var warnings = new List<string>();
        if (!isAmendment)
        {
            var named = arrangements.SelectMany(a => a.Festivals).ToHashSet();
            var missing = Enum.GetValues<Festival>().Where(f => !named.Contains(f) && StatutoryHolidays.Of(f, year).Count > 0);
            warnings.AddRange(missing.Select(f => $"通知没有{FestivalNames.Of(f)}的安排：导入后该年{FestivalNames.Of(f)}不放假，请核对是否漏贴了该行。"));
        }

        foreach (var a in arrangements)
        {
            if (a.Holiday is not { } holiday)
            {
                continue;
            }

            var statutory = a.Festivals.Sum(f => StatutoryHolidays.Of(f, year).Count);
            var weekdaysOff = Days(holiday).Count(d => !Weekdays.IsWeekend(d));
            if (weekdaysOff < statutory)
            {
                warnings.Add($"第 {a.Line} 行：{a.Name}放假 {weekdaysOff} 个工作日，少于法定假日 {statutory} 天（法定假日逢周末应当补休）。");
            }
        }

        return warnings;
    }

    private static IEnumerable<string> Check(HolidayArrangement a, int year)
    {
        var dates = a.MakeUpWorkdays.Concat(a.Holiday is { } r ? [r.First, r.Last] : []).Concat(a.ExtendedTo is { } e ? [e] : []);
        var foreign = dates.Distinct().Where(d => !BelongsTo(d, year, a.Festivals)).ToList();
        if (foreign.Count > 0)
        {
            // Nothing else on the line can be judged against the year's statutory days.
            yield return $"日期 {string.Join("、", foreign.Select(NoticeText.Date))} 不属于 {year} 年的安排。";
            yield break;
        }

        if (a.Holiday is { } holiday)
        {
            var length = holiday.Last.DayNumber - holiday.First.DayNumber + 1;
            if (a.DeclaredDays is { } declared && declared != length)
            {
                yield return $"“共{declared}天”与放假日期 {Range(holiday)}（{length} 天）不符。";
            }

            foreach (var message in Statutory(a, holiday, year))
            {
                yield return message;
            }
        }

        foreach (var day in a.MakeUpWorkdays)
        {
            if (!Weekdays.IsWeekend(day))
            {
                yield return $"上班日 {NoticeText.Date(day)} 是{Weekdays.Name(day.DayOfWeek)}，不是周末：调休上班只能安排在周六或周日。";
            }

            if (a.Holiday is { } h && h.Contains(day))
            {
                yield return $"上班日 {NoticeText.Date(day)} 在{a.Name}的放假日期 {Range(h)} 之内。";
            }
        }
    }

    private static IEnumerable<string> Statutory(HolidayArrangement a, DateRange holiday, int year)
    {
        foreach (var festival in a.Festivals)
        {
            var outside = StatutoryHolidays.Of(festival, year).Where(d => !holiday.Contains(d)).ToList();
            if (outside.Count > 0)
            {
                yield return $"{FestivalNames.Of(festival)}的法定假日（{StatutoryHolidays.Describe(festival, year)}，"
                    + $"{string.Join("、", outside.Select(NoticeText.Date))}）不在放假日期 {Range(holiday)} 之内。";
            }
        }
    }

    private static bool BelongsTo(DateOnly date, int year, IReadOnlyList<Festival> festivals) =>
        date.Year == year || (date.Year == year - 1 && date.Month == 12 && festivals.Contains(Festival.NewYear));

    internal static string Range(DateRange range) => range.First == range.Last
        ? NoticeText.Date(range.First)
        : $"{NoticeText.Date(range.First)}至{NoticeText.Date(range.Last)}";

    internal static IEnumerable<DateOnly> Days(DateRange range)
    {
        for (var d = range.First; d <= range.Last; d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
