using System.Text;
using OpenGovInfo.Domain.Calendar.Notices;

namespace OpenGovInfo.Domain.Calendar;

/// <summary>
/// The calendar shipped in this assembly: <c>cn-workday-calendar.csv</c> (the official rows, 2019–2026) and the State
/// Council notices it comes from (their titles, numbers and dates). A new installation's database is seeded from it;
/// the CLI and the tests use it directly.
/// </summary>
public static class ShippedCalendar
{
    private const string Prefix = "OpenGovInfo.Domain.Calendar.Shipped.";

    /// <summary>The shipped CSV text, exactly as in the repository.</summary>
    public static string CsvText => Read("cn-workday-calendar.csv");

    /// <summary>The shipped notices' texts, in the order they were issued (each year, then its amendments).</summary>
    public static IReadOnlyList<string> NoticeTexts =>
        [.. typeof(ShippedCalendar).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .OrderBy(n => Path.GetFileNameWithoutExtension(n), StringComparer.Ordinal)
            .Select(n => Read(n[Prefix.Length..]))];

    /// <summary>The official years: the CSV's rows, with the notices that fixed them.</summary>
    public static IReadOnlyList<OfficialYear> OfficialYears()
    {
        var rows = WorkingDayCalendar.Parse(CsvText);
        if (!rows.IsSuccess)
        {
            throw new InvalidOperationException("The shipped calendar is invalid: " + string.Join("; ", rows.Errors));
        }

        var notices = NoticeTexts.Select(t => HolidayNoticeParser.Parse(t))
            .Select(r => r.Notice ?? throw new InvalidOperationException("A shipped notice is invalid: " + string.Join("; ", r.Errors)))
            .ToList();
        return [.. OfficialYear.FromRows(rows.Calendar.Entries).Select(y => y with
        {
            Notice = notices.FirstOrDefault(n => n.Year == y.Year && !n.IsAmendment)?.Reference,
            Amendments = [.. notices.Where(n => n.Year == y.Year && n.IsAmendment).Select(n => n.Reference)],
        })];
    }

    internal static WorkingDayCalendar Load() => WorkingDayCalendar.Create(OfficialYears());

    private static string Read(string name)
    {
        using var stream = typeof(ShippedCalendar).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }
}
