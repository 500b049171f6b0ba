using System.Text.RegularExpressions;

namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>
/// Splits the body of a festival line into <see cref="LineToken"/>s. A date without a year or month takes them from the
/// date before it (“1月1日至3日”, “2月6日、7日”); a December date on a 元旦 line belongs to the year before
/// (“12月30日至1月1日”, “12月29日（星期六）上班”). A parenthesis that follows no date (“安排职工在除夕（2月9日）休息”) is
/// skipped whole.
/// </summary>
internal static partial class LineTokenizer
{
    internal static (List<LineToken> Tokens, List<string> Errors) Tokenize(string body, int year, bool newYearLine)
    {
        var tokens = new List<LineToken>();
        var errors = new List<string>();
        DateOnly? previous = null;
        var i = 0;
        while (i < body.Length)
        {
            var date = DatePattern().Match(body, i);
            if (date.Success && date.Index == i)
            {
                i = ReadDate(body, date, year, newYearLine, previous, tokens, errors);
                previous = tokens.Count > 0 && tokens[^1].Date is { } d ? d.Date : previous;
                continue;
            }

            var word = WordPattern().Match(body, i);
            if (word.Success && word.Index == i)
            {
                tokens.AddRange(WordTokens(word));
                i += word.Length;
                continue;
            }

            i = Skip(body, i, tokens);
        }

        return (tokens, errors);
    }

    private static int ReadDate(string body, Match m, int year, bool newYearLine, DateOnly? previous, List<LineToken> tokens, List<string> errors)
    {
        var end = m.Index + m.Length;
        var note = string.Empty;
        var paren = NotePattern().Match(body, end);
        if (paren.Success && paren.Index == end)
        {
            note = paren.Groups[1].Value;
            end += paren.Length;
        }

        var text = m.Value;
        // The end of a range only when the range mark follows a date (“调至1月2日” is not a range).
        var afterRange = tokens.Count > 1 && tokens[^1].Kind == LineTokenKind.Range && tokens[^2].Kind == LineTokenKind.Date;
        var day = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        int? month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) : previous?.Month;
        if (month is null)
        {
            errors.Add($"“{text}”没有写明月份");
            tokens.Add(new LineToken(LineTokenKind.Other));
            return end;
        }

        var y = m.Groups["y"].Success
            ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : InferYear(year, month.Value, day, newYearLine, previous, afterRange);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(y, month.Value))
        {
            errors.Add($"日期“{text}”不存在");
            tokens.Add(new LineToken(LineTokenKind.Other));
            return end;
        }

        var date = new DateOnly(y, month.Value, day);
        if (Weekdays.Find(note) is { } weekday && weekday != date.DayOfWeek)
        {
            errors.Add($"“{text}（{note}）”有误：{NoticeText.Date(date)}是{Weekdays.Name(date.DayOfWeek)}");
        }

        tokens.Add(new LineToken(LineTokenKind.Date, new DateMention(date, text, note)));
        return end;
    }

    private static int InferYear(int year, int month, int day, bool newYearLine, DateOnly? previous, bool afterRange)
    {
        if (afterRange && previous is { } start)
        {
            // The end of a range: the same year as its start, or the next one when it runs over New Year.
            return (month, day).CompareTo((start.Month, start.Day)) >= 0 ? start.Year : start.Year + 1;
        }

        return newYearLine && month == 12 ? year - 1 : year;
    }

    private static IEnumerable<LineToken> WordTokens(Match word)
    {
        if (word.Groups["n"].Success)
        {
            var n = int.Parse(word.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return word.Value.StartsWith('放')
                ? [new LineToken(LineTokenKind.DayOff), new LineToken(LineTokenKind.DeclaredDays, Number: n)]
                : [new LineToken(LineTokenKind.DeclaredDays, Number: n)];
        }

        return [word.Value switch
        {
            "至" or "到" or "-" => new LineToken(LineTokenKind.Range),
            "、" or "和" or "及" => new LineToken(LineTokenKind.List),
            // A comma ends a clause: “12月29日（星期六）公休日调至12月31日（星期一），12月29日（星期六）上班” (2008).
            "," => new LineToken(LineTokenKind.Other),
            "放假" or "补休" or "休假" => new LineToken(LineTokenKind.DayOff),
            "上班" => new LineToken(LineTokenKind.Work),
            "起" => new LineToken(LineTokenKind.Resume),
            "。" or ";" => new LineToken(LineTokenKind.SentenceEnd),
            _ => new LineToken(LineTokenKind.Other),
        }];
    }

    private static int Skip(string body, int i, List<LineToken> tokens)
    {
        if (body[i] == '(')
        {
            var close = body.IndexOf(')', i);
            tokens.Add(new LineToken(LineTokenKind.Other));
            return close < 0 ? body.Length : close + 1;
        }

        if (!char.IsWhiteSpace(body[i]) && (tokens.Count == 0 || tokens[^1].Kind != LineTokenKind.Other))
        {
            tokens.Add(new LineToken(LineTokenKind.Other));
        }

        return i + 1;
    }

    [GeneratedRegex(@"\G(?:(?<y>\d{4})\s*年\s*)?(?:(?<m>\d{1,2})\s*月\s*)?(?<d>\d{1,2})\s*日")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\G\s*\(([^()]*)\)")]
    private static partial Regex NotePattern();

    [GeneratedRegex(@"\G(?:共\s*(?<n>\d+)\s*天|放假\s*(?<n>\d+)\s*天|至|到|-|、|和|及|,|放假|补休|休假|上班|起|。|;)")]
    private static partial Regex WordPattern();
}
