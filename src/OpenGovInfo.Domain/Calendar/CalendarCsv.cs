using System.Globalization;
using System.Text;

namespace OpenGovInfo.Domain.Calendar;

/// <summary>Writes rows in the format of <c>cn-workday-calendar.csv</c>: <c>date,kind,name</c>, sorted by date.</summary>
public static class CalendarCsv
{
    /// <summary>The CSV text (header, one line a row, final newline).</summary>
    public static string Write(IEnumerable<CalendarEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var text = new StringBuilder(CalendarCsvParser.Header).Append('\n');
        foreach (var e in entries.OrderBy(e => e.Date))
        {
            text.Append(e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(e.Kind == CalendarEntryKind.Holiday ? "holiday" : "workday").Append(',')
                .Append(e.Name).Append('\n');
        }

        return text.ToString();
    }
}
