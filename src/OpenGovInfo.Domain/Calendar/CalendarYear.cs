using OpenGovInfo.Domain.Calendar.Notices;

namespace OpenGovInfo.Domain.Calendar;

/// <summary>A year as the calendar knows it: official (with its notice) or provisional.</summary>
/// <param name="Year">The year.</param>
/// <param name="Status">Official or provisional.</param>
/// <param name="Notice">The notice of an official year, when known.</param>
/// <param name="Amendments">Amendments of an official year.</param>
/// <param name="Entries">The year's rows (weekday holidays, weekend workdays).</param>
public sealed record CalendarYear(int Year, CalendarYearStatus Status, NoticeReference? Notice, IReadOnlyList<NoticeReference> Amendments, IReadOnlyList<CalendarEntry> Entries)
{
    /// <summary>“正式” or “暂定”.</summary>
    public string StatusName => Status == CalendarYearStatus.Official ? "正式" : "暂定";
}
