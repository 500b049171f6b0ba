using OpenGovInfo.Domain.Calendar.Holidays;

namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>
/// Turns a notice into calendar rows: a yearly notice gives the year's rows; an amendment changes only the festivals it
/// names in the year's existing rows (国办发明电〔2019〕3号 replaced 劳动节; 〔2020〕1号 extended 春节 to 2月2日, so that
/// 1月31日 became a holiday and the 2月1日 make-up workday fell away).
/// </summary>
public static class NoticeApplier
{
    /// <summary>The rows of <paramref name="notice"/>'s year after it is applied to <paramref name="existing"/> (that year's rows, empty if none).</summary>
    public static NoticeApplication Apply(HolidayNotice notice, IReadOnlyList<CalendarEntry> existing)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(existing);
        if (!notice.IsAmendment)
        {
            return Done(notice.Arrangements.SelectMany(Rows));
        }

        if (existing.Count == 0)
        {
            return new(null, $"{notice.Year} 年尚未导入全年安排的通知，不能先导入调整通知。");
        }

        var rows = existing.ToList();
        foreach (var arrangement in notice.Arrangements)
        {
            var error = arrangement.ExtendedTo is { } to ? Extend(rows, arrangement, to) : Replace(rows, arrangement);
            if (error is not null)
            {
                return new(null, error);
            }
        }

        return Done(rows);
    }

    /// <summary>The rows one festival line gives: its weekday holidays and its make-up workdays.</summary>
    public static IEnumerable<CalendarEntry> Rows(HolidayArrangement arrangement)
    {
        ArgumentNullException.ThrowIfNull(arrangement);
        var days = arrangement.Holiday is { } h ? NoticeChecks.Days(h) : [];
        return days.Where(d => !Weekdays.IsWeekend(d))
            .Select(d => new CalendarEntry(d, CalendarEntryKind.Holiday, arrangement.Name))
            .Concat(arrangement.MakeUpWorkdays.Select(d => new CalendarEntry(d, CalendarEntryKind.MakeUpWorkday, arrangement.Name)));
    }

    private static string? Replace(List<CalendarEntry> rows, HolidayArrangement arrangement)
    {
        rows.RemoveAll(r => Names(r).Overlaps(arrangement.Festivals));
        rows.AddRange(Rows(arrangement));
        return null;
    }

    private static string? Extend(List<CalendarEntry> rows, HolidayArrangement arrangement, DateOnly to)
    {
        var own = rows.Where(r => Names(r).Overlaps(arrangement.Festivals)).ToList();
        var holidays = own.Where(r => r.Kind == CalendarEntryKind.Holiday).ToList();
        if (holidays.Count == 0)
        {
            return $"{arrangement.Name}没有可延长的放假安排。";
        }

        var first = holidays.Min(r => r.Date);
        if (to < holidays.Max(r => r.Date))
        {
            return $"延长后的最后一天 {NoticeText.Date(to)} 早于原定假期。";
        }

        var name = holidays[0].Name;
        var range = new DateRange(first, to);
        rows.RemoveAll(own.Contains);
        rows.AddRange(own.Where(r => r.Kind == CalendarEntryKind.MakeUpWorkday && !range.Contains(r.Date)));
        rows.AddRange(NoticeChecks.Days(range).Where(d => !Weekdays.IsWeekend(d))
            .Select(d => new CalendarEntry(d, CalendarEntryKind.Holiday, name)));
        return null;
    }

    private static HashSet<Festival> Names(CalendarEntry row) =>
        [.. row.Name.Split('、').Select(FestivalNames.Parse).OfType<Festival>()];

    private static NoticeApplication Done(IEnumerable<CalendarEntry> rows)
    {
        var list = rows.OrderBy(r => r.Date).ToList();
        var duplicate = list.Zip(list.Skip(1)).FirstOrDefault(p => p.First.Date == p.Second.Date);
        return duplicate.First is not null
            ? new(null, $"{NoticeText.Date(duplicate.First.Date)} 同时出现在{duplicate.First.Name}和{duplicate.Second.Name}的安排中。")
            : new(list, null);
    }
}
