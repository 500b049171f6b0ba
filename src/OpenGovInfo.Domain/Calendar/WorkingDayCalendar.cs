using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace OpenGovInfo.Domain.Calendar;

/// <summary>
/// The official national working-day calendar (国务院办公厅 holiday notices): Monday–Friday are working days unless
/// listed as a holiday; Saturday and Sunday are days off unless listed as a make-up workday (调休上班).
/// </summary>
/// <remarks>
/// Dates outside <see cref="CoveredRange"/> are refused, never guessed: a Monday–Friday fallback would be wrong around
/// 元旦 and 春节 of an unpublished year, and since deadlines are stored when set, a guessed deadline would persist.
/// The throwing members are for callers that checked <see cref="Covers"/>; the <c>Try</c> members and
/// <see cref="StatutoryClock"/> report the expected "not covered yet" case as a value.
/// </remarks>
public sealed partial class WorkingDayCalendar
{
    private const string ResourceName = "OpenGovInfo.Domain.Calendar.cn-workday-calendar.csv";
    private static readonly Lazy<WorkingDayCalendar> ChinaCalendar = new(LoadChina);
    private readonly Dictionary<DateOnly, CalendarEntry> entries;
    private readonly int[] workingDaysThrough; // [i] = working days in [First, First + i]

    private WorkingDayCalendar(IReadOnlyList<CalendarEntry> list, CalendarVersion version, DateRange covered)
    {
        Entries = list;
        entries = list.ToDictionary(e => e.Date);
        Version = version;
        CoveredRange = covered;
        workingDaysThrough = new int[covered.Last.DayNumber - covered.First.DayNumber + 1];
        var count = 0;
        for (var i = 0; i < workingDaysThrough.Length; i++)
        {
            count += IsWorkingDayUnchecked(covered.First.AddDays(i)) ? 1 : 0;
            workingDaysThrough[i] = count;
        }
    }

    /// <summary>The national calendar shipped with this assembly (a copy of shared/domain/cn-workday-calendar.csv).</summary>
    public static WorkingDayCalendar China => ChinaCalendar.Value;

    /// <summary>The CSV rows, in date order.</summary>
    public IReadOnlyList<CalendarEntry> Entries { get; }

    /// <summary>Hash and known-through date of the data; stored with every deadline.</summary>
    public CalendarVersion Version { get; }

    /// <summary>
    /// The dates this calendar can answer for: from its earliest row (the 2019 notice also fixes 2018-12-29…31) to
    /// 31 December of the year of its last row (the "known-through" date of cn-workday-calendar.md).
    /// </summary>
    public DateRange CoveredRange { get; }

    /// <summary>Parses calendar CSV text; errors carry line numbers.</summary>
    public static CalendarParseResult Parse(string csvText)
    {
        var (list, errors) = CalendarCsvParser.Parse(csvText);
        if (errors.Count > 0)
        {
            return CalendarParseResult.Failure(errors);
        }

        var last = new DateOnly(list[^1].Date.Year, 12, 31);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csvText)));
        return CalendarParseResult.Success(new WorkingDayCalendar(list, new CalendarVersion(hash, last), new(list[0].Date, last)));
    }

    /// <summary>Parses calendar CSV text from a reader (reads to the end).</summary>
    public static CalendarParseResult Parse(TextReader reader) => Parse(reader.ReadToEnd());

    /// <summary>True when the calendar knows whether <paramref name="date"/> is a working day.</summary>
    public bool Covers(DateOnly date) => CoveredRange.Contains(date);

    /// <summary>True when <paramref name="date"/> is an official working day (工作日).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="CoveredRange"/>.</exception>
    public bool IsWorkingDay(DateOnly date)
    {
        EnsureCovered(date, nameof(date));
        return IsWorkingDayUnchecked(date);
    }

    /// <summary>The holiday or make-up workday row for a date, or null for an ordinary day.</summary>
    public CalendarEntry? EntryFor(DateOnly date) => entries.GetValueOrDefault(date);

    private bool IsWorkingDayUnchecked(DateOnly date) => entries.TryGetValue(date, out var entry)
        ? entry.Kind == CalendarEntryKind.MakeUpWorkday
        : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private int Index(DateOnly date) => date.DayNumber - CoveredRange.First.DayNumber;

    private void EnsureCovered(DateOnly date, string parameter)
    {
        if (!Covers(date))
        {
            throw new ArgumentOutOfRangeException(parameter, date, $"日期不在工作日历覆盖范围 {CoveredRange} 内");
        }
    }

    private static WorkingDayCalendar LoadChina()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        var result = Parse(reader);
        return result.Calendar ?? throw new InvalidOperationException(
            "The embedded calendar is invalid: " + string.Join("; ", result.Errors.Select(e => e.ToString())));
    }
}
