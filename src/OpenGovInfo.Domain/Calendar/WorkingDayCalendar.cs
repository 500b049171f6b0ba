using System.Security.Cryptography;
using System.Text;
using OpenGovInfo.Domain.Calendar.Holidays;

namespace OpenGovInfo.Domain.Calendar;

/// <summary>
/// The national working-day calendar (国务院办公厅 holiday notices): Monday–Friday are working days unless listed as a
/// holiday; Saturday and Sunday are days off unless listed as a make-up workday (调休上班).
/// </summary>
/// <remarks>
/// Years with an imported notice are official. Every later year (and any gap) up to <see cref="LastYear"/> is
/// provisional: computed by <see cref="HolidayPredictor"/> from the law, never by weekday alone, and every count that
/// touches a provisional day says so (<see cref="Deadline.Provisional"/>), so that it is shown as 暂定 and recomputed
/// when the notice arrives. Dates before the first official row or after <see cref="LastYear"/> are refused.
/// </remarks>
public sealed partial class WorkingDayCalendar
{
    /// <summary>The last year a provisional arrangement is computed for (the lunar tables end in 2100).</summary>
    public const int LastYear = LunarDates.LastYear;

    private static readonly Lazy<WorkingDayCalendar> ChinaCalendar = new(ShippedCalendar.Load);
    private readonly Dictionary<DateOnly, CalendarEntry> entries;
    private readonly HashSet<DateOnly> provisionalDays;
    private readonly Dictionary<int, CalendarYear> years;
    private readonly int[] workingDaysThrough; // [i] = working days in [First, First + i]
    private readonly int[] provisionalThrough; // [i] = provisional days in [First, First + i]

    private WorkingDayCalendar(IReadOnlyList<OfficialYear> official)
    {
        var ordered = official.OrderBy(y => y.Year).ToList();
        Entries = [.. ordered.SelectMany(y => y.Entries).OrderBy(e => e.Date)];
        entries = Entries.ToDictionary(e => e.Date);
        years = ordered.ToDictionary(y => y.Year, y => new CalendarYear(y.Year, CalendarYearStatus.Official, y.Notice, y.Amendments, y.Entries));
        var first = Entries.Count > 0 ? Entries[0].Date : new DateOnly(ordered[0].Year, 1, 1);
        CoveredRange = new DateRange(first < new DateOnly(ordered[0].Year, 1, 1) ? first : new DateOnly(ordered[0].Year, 1, 1), new DateOnly(LastYear, 12, 31));
        KnownThrough = new DateOnly(ordered[^1].Year, 12, 31);
        Version = new CalendarVersion(Hash(ordered), KnownThrough);
        provisionalDays = AddProvisionalYears(ordered[0].Year);
        ProvisionalFrom = provisionalDays.Count > 0 ? provisionalDays.Min() : null;
        (workingDaysThrough, provisionalThrough) = Prefixes();
    }

    /// <summary>The national calendar shipped with this assembly: the official CSV and notices of 2019–2026, provisional after.</summary>
    public static WorkingDayCalendar China => ChinaCalendar.Value;

    /// <summary>The official rows, in date order.</summary>
    public IReadOnlyList<CalendarEntry> Entries { get; }

    /// <summary>Hash of the official rows and the last official day; stored with every deadline.</summary>
    public CalendarVersion Version { get; }

    /// <summary>The dates this calendar answers for: from its earliest official row to 31 December <see cref="LastYear"/>.</summary>
    public DateRange CoveredRange { get; }

    /// <summary>31 December of the last official year.</summary>
    public DateOnly KnownThrough { get; }

    /// <summary>The first provisional day, or null when none is covered.</summary>
    public DateOnly? ProvisionalFrom { get; }

    /// <summary>The official years, oldest first.</summary>
    public IEnumerable<CalendarYear> OfficialYears => years.Values.Where(y => y.Status == CalendarYearStatus.Official).OrderBy(y => y.Year);

    /// <summary>A calendar from official years (at least one); later years and gaps are provisional.</summary>
    public static WorkingDayCalendar Create(IEnumerable<OfficialYear> officialYears)
    {
        var list = officialYears.ToList();
        return list.Count == 0 ? throw new ArgumentException("至少需要一个正式年度", nameof(officialYears)) : new WorkingDayCalendar(list);
    }

    /// <summary>Parses calendar CSV text (<c>date,kind,name</c>); errors carry line numbers. Its years are official.</summary>
    public static CalendarParseResult Parse(string csvText)
    {
        var (list, errors) = CalendarCsvParser.Parse(csvText);
        return errors.Count > 0
            ? CalendarParseResult.Failure(errors)
            : CalendarParseResult.Success(new WorkingDayCalendar(OfficialYear.FromRows(list)));
    }

    /// <summary>Parses calendar CSV text from a reader (reads to the end).</summary>
    public static CalendarParseResult Parse(TextReader reader) => Parse(reader.ReadToEnd());

    /// <summary>The year as this calendar has it: official with its notice, or provisional.</summary>
    public CalendarYear? Year(int year) => years.GetValueOrDefault(year);

    /// <summary>True when the calendar knows whether <paramref name="date"/> is a working day.</summary>
    public bool Covers(DateOnly date) => CoveredRange.Contains(date);

    /// <summary>True when <paramref name="date"/>'s status comes from a provisional year (暂定).</summary>
    public bool IsProvisional(DateOnly date) => provisionalDays.Contains(date);

    /// <summary>True when <paramref name="date"/> is an official working day (工作日).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="CoveredRange"/>.</exception>
    public bool IsWorkingDay(DateOnly date)
    {
        EnsureCovered(date, nameof(date));
        return IsWorkingDayUnchecked(date);
    }

    /// <summary>The holiday or make-up workday row for a date (official or provisional), or null for an ordinary day.</summary>
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

    // Every year from the first official one to LastYear that has no notice gets the predictor's rows. A predicted row
    // never overrides an official one (a provisional 元旦 may reach into an official December).
    private HashSet<DateOnly> AddProvisionalYears(int firstYear)
    {
        var provisional = new HashSet<DateOnly>();
        for (var year = firstYear + 1; year <= LastYear; year++)
        {
            if (years.ContainsKey(year))
            {
                continue;
            }

            var rows = HolidayPredictor.Rows(year, d => !IsWorkingDayUnchecked(d))
                .Where(r => !entries.ContainsKey(r.Date) || provisional.Contains(r.Date)).ToList();
            foreach (var row in rows)
            {
                entries[row.Date] = row;
                provisional.Add(row.Date);
            }

            for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
            {
                provisional.Add(d);
            }

            years[year] = new CalendarYear(year, CalendarYearStatus.Provisional, null, [], rows);
        }

        return provisional;
    }

    private (int[] Working, int[] Provisional) Prefixes()
    {
        var length = CoveredRange.Last.DayNumber - CoveredRange.First.DayNumber + 1;
        var working = new int[length];
        var provisional = new int[length];
        int w = 0, p = 0;
        for (var i = 0; i < length; i++)
        {
            var date = CoveredRange.First.AddDays(i);
            w += IsWorkingDayUnchecked(date) ? 1 : 0;
            p += provisionalDays.Contains(date) ? 1 : 0;
            working[i] = w;
            provisional[i] = p;
        }

        return (working, provisional);
    }

    private static string Hash(IReadOnlyList<OfficialYear> official)
    {
        // The hash of the rows in CSV form: for the shipped calendar it is the SHA-256 of cn-workday-calendar.csv itself.
        var text = CalendarCsv.Write(official.SelectMany(y => y.Entries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
