using OpenGovInfo.Domain.Calendar.Notices;

namespace OpenGovInfo.Domain.Calendar;

/// <summary>A year whose arrangement the State Council has announced, with the rows it gives.</summary>
/// <param name="Year">The year arranged (its 元旦 rows may fall in the December before).</param>
/// <param name="Notice">The yearly notice, when known (a bare CSV names none).</param>
/// <param name="Amendments">Later notices that changed the year, oldest first.</param>
/// <param name="Entries">Weekday holidays and weekend workdays, in date order.</param>
public sealed record OfficialYear(int Year, NoticeReference? Notice, IReadOnlyList<NoticeReference> Amendments, IReadOnlyList<CalendarEntry> Entries)
{
    /// <summary>The year a row belongs to: its own, except the 元旦 rows of late December, which belong to the next.</summary>
    public static int YearOf(CalendarEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Date.Month == 12 && entry.Name.Contains("元旦", StringComparison.Ordinal) ? entry.Date.Year + 1 : entry.Date.Year;
    }

    /// <summary>Groups calendar rows by <see cref="YearOf"/> into official years without notice references.</summary>
    public static IReadOnlyList<OfficialYear> FromRows(IEnumerable<CalendarEntry> entries) =>
        [.. entries.GroupBy(YearOf).OrderBy(g => g.Key)
            .Select(g => new OfficialYear(g.Key, null, [], [.. g.OrderBy(e => e.Date)]))];
}
