using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Calendar.Notices;

namespace OpenGovInfo.Platform.Calendar;

/// <summary>Domain calendar values ↔ stored rows.</summary>
internal static class CalendarRowMapping
{
    internal static CalendarDayRow ToRow(CalendarEntry entry, int year) => new()
    {
        Date = entry.Date, Year = year, IsWorkday = entry.Kind == CalendarEntryKind.MakeUpWorkday, Name = entry.Name,
    };

    internal static CalendarEntry ToEntry(CalendarDayRow row) =>
        new(row.Date, row.IsWorkday ? CalendarEntryKind.MakeUpWorkday : CalendarEntryKind.Holiday, row.Name);

    internal static CalendarNoticeRow ToRow(HolidayNotice notice, string text, DateTimeOffset at, string actor) => new()
    {
        Year = notice.Year, Title = notice.Reference.Title, DocumentNumber = notice.Reference.DocumentNumber,
        IssuedOn = notice.Reference.IssuedOn, IsAmendment = notice.IsAmendment, Text = text, ImportedAt = at, ImportedBy = actor,
    };

    internal static NoticeReference Reference(CalendarNoticeRow row) => new(row.Title, row.DocumentNumber, row.IssuedOn);
}
