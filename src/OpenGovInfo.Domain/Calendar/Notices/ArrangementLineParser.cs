using System.Text.RegularExpressions;
using OpenGovInfo.Domain.Calendar.Holidays;

namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>
/// Reads one festival line. Dates are collected until a word says what they are: 放假/补休 (days off), 上班 (make-up
/// workdays), or anything else (“为法定节假日”, “休息”, “起正常上班”), which drops them — so sentences that explain or
/// encourage never add a day. “延长……假期至X日” is an extension of the festival's announced holiday.
/// </summary>
internal static partial class ArrangementLineParser
{
    internal static (HolidayArrangement? Arrangement, List<string> Errors) Parse(
        int line, IReadOnlyList<Festival> festivals, string name, string body, int year)
    {
        var extension = ExtensionPattern().Match(body);
        DateOnly? extendedTo = null;
        var errors = new List<string>();
        if (extension.Success)
        {
            var (tokens, dateErrors) = LineTokenizer.Tokenize(extension.Groups["date"].Value, year, false);
            errors.AddRange(dateErrors);
            extendedTo = tokens.FirstOrDefault(t => t.Kind == LineTokenKind.Date)?.Date?.Date;
            body = body[(extension.Index + extension.Length)..];
        }

        var (lineTokens, tokenErrors) = LineTokenizer.Tokenize(body, year, festivals.Contains(Festival.NewYear));
        errors.AddRange(tokenErrors);
        var reading = Read(lineTokens, errors);
        if (reading.DaysOff.Count == 0 && reading.Workdays.Count == 0 && extendedTo is null)
        {
            return (null, errors);
        }

        var holiday = Merge(reading.DaysOff, errors);
        return (new HolidayArrangement(festivals, name, line, holiday, extendedTo, reading.Workdays, reading.Declared), errors);
    }

    private static Reading Read(List<LineToken> tokens, List<string> errors)
    {
        var reading = new Reading();
        var pending = new List<DateRange>();
        var previous = LineTokenKind.Other;
        var resume = false;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case LineTokenKind.Date when token.Date is { } date:
                    AddDate(pending, date, previous, errors);
                    break;
                case LineTokenKind.DayOff:
                    reading.DaysOff.AddRange(pending);
                    pending.Clear();
                    break;
                case LineTokenKind.Work:
                    if (!resume)
                    {
                        reading.Workdays.AddRange(pending.SelectMany(Days));
                    }

                    pending.Clear();
                    resume = false;
                    break;
                case LineTokenKind.Resume:
                    resume = previous == LineTokenKind.Date;
                    break;
                case LineTokenKind.DeclaredDays:
                    reading.Declared = token.Number;
                    break;
                case LineTokenKind.Range or LineTokenKind.List:
                    break;
                default:
                    pending.Clear();
                    break;
            }

            previous = token.Kind;
        }

        return reading;
    }

    private static void AddDate(List<DateRange> pending, DateMention mention, LineTokenKind previous, List<string> errors)
    {
        if (previous == LineTokenKind.Range && pending.Count > 0)
        {
            var start = pending[^1].First;
            if (mention.Date < start)
            {
                errors.Add($"日期范围有误：“{mention.Text}”早于起始日 {NoticeText.Date(start)}");
                return;
            }

            pending[^1] = new DateRange(start, mention.Date);
            return;
        }

        if (previous is not (LineTokenKind.List or LineTokenKind.Date))
        {
            pending.Clear();
        }

        pending.Add(new DateRange(mention.Date, mention.Date));
    }

    // Days off written in pieces (“1月1日放假，1月2日（星期一）补休”) are one holiday when only a weekend lies between.
    private static DateRange? Merge(List<DateRange> ranges, List<string> errors)
    {
        if (ranges.Count == 0)
        {
            return null;
        }

        var ordered = ranges.OrderBy(r => r.First).ToList();
        var merged = ordered[0];
        foreach (var next in ordered.Skip(1))
        {
            var gap = merged.Last.AddDays(1);
            while (gap < next.First && Weekdays.IsWeekend(gap))
            {
                gap = gap.AddDays(1);
            }

            if (gap < next.First)
            {
                errors.Add($"放假日期不连续：{merged} 与 {next}");
            }

            merged = new DateRange(merged.First, next.Last > merged.Last ? next.Last : merged.Last);
        }

        return merged;
    }

    private static IEnumerable<DateOnly> Days(DateRange range)
    {
        for (var d = range.First; d <= range.Last; d = d.AddDays(1))
        {
            yield return d;
        }
    }

    [GeneratedRegex(@"延长(?:\d{4}\s*年)?[^,。;]*?假期\s*至\s*(?<date>(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\([^()]*\))?)")]
    private static partial Regex ExtensionPattern();

    private sealed class Reading
    {
        public List<DateRange> DaysOff { get; } = [];

        public List<DateOnly> Workdays { get; } = [];

        public int? Declared { get; set; }
    }
}
