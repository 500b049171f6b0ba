using System.Globalization;

namespace OpenGovInfo.Domain.Calendar;

/// <summary>
/// Parses <c>cn-workday-calendar.csv</c> (<c>date,kind,name</c>, UTF-8, one header row, sorted by date) and checks
/// the invariants stated in <c>cn-workday-calendar.md</c>: holidays fall on Monday–Friday, make-up workdays on a
/// Saturday or Sunday, no date twice, dates ascending. Every error is reported with its line number.
/// </summary>
internal static class CalendarCsvParser
{
    internal const string Header = "date,kind,name";

    internal static (List<CalendarEntry> Entries, List<CalendarParseError> Errors) Parse(string text)
    {
        var entries = new List<CalendarEntry>();
        var errors = new List<CalendarParseError>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        if (lines[0].TrimEnd('\r') != Header)
        {
            errors.Add(new(1, $"表头应为“{Header}”，实际为“{lines[0].TrimEnd('\r')}”"));
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 && i == lines.Length - 1)
            {
                break; // the final newline of the file
            }

            var entry = ParseLine(line, i + 1, errors);
            if (entry is not null)
            {
                CheckOrder(entries, entry, i + 1, errors);
                entries.Add(entry);
            }
        }

        if (entries.Count == 0 && errors.Count == 0)
        {
            errors.Add(new(1, "日历没有任何数据行"));
        }

        return (entries, errors);
    }

    private static CalendarEntry? ParseLine(string line, int lineNumber, List<CalendarParseError> errors)
    {
        var fields = line.Split(',');
        if (fields.Length != 3)
        {
            errors.Add(new(lineNumber, $"应有 3 列（date,kind,name），实际 {fields.Length} 列：“{line}”"));
            return null;
        }

        if (!DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new(lineNumber, $"日期“{fields[0]}”无效，应为 yyyy-MM-dd"));
            return null;
        }

        CalendarEntryKind? kind = fields[1] switch
        {
            "holiday" => CalendarEntryKind.Holiday,
            "workday" => CalendarEntryKind.MakeUpWorkday,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add(new(lineNumber, $"类型“{fields[1]}”无效，应为 holiday 或 workday"));
            return null;
        }

        if (fields[2].Trim().Length == 0)
        {
            errors.Add(new(lineNumber, "节日名称为空"));
            return null;
        }

        return CheckWeekday(new CalendarEntry(date, kind.Value, fields[2]), lineNumber, errors);
    }

    private static CalendarEntry? CheckWeekday(CalendarEntry entry, int lineNumber, List<CalendarParseError> errors)
    {
        var weekend = entry.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var day = entry.Date.ToString("yyyy-MM-dd dddd", CultureInfo.InvariantCulture);
        if (entry.Kind == CalendarEntryKind.Holiday && weekend)
        {
            errors.Add(new(lineNumber, $"{day} 是周末，不能列为 holiday（周末本来就休息）"));
            return null;
        }

        if (entry.Kind == CalendarEntryKind.MakeUpWorkday && !weekend)
        {
            errors.Add(new(lineNumber, $"{day} 是工作日，不能列为 workday（调休上班只能在周末）"));
            return null;
        }

        return entry;
    }

    private static void CheckOrder(List<CalendarEntry> entries, CalendarEntry entry, int lineNumber, List<CalendarParseError> errors)
    {
        if (entries.Count == 0 || entries[^1].Date < entry.Date)
        {
            return;
        }

        var date = entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        errors.Add(entries.Exists(e => e.Date == entry.Date)
            ? new(lineNumber, $"日期 {date} 重复")
            : new(lineNumber, $"日期 {date} 未按升序排列"));
    }
}
