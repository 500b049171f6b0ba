using System.Text.RegularExpressions;
using OpenGovInfo.Domain.Calendar.Holidays;

namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>
/// Reads the text of a State Council holiday notice as pasted (or extracted from .docx/.pdf): full-width or half-width
/// punctuation, 周四 or 星期四, “放假调休，共3天”, “放假，与周末连休”, “放假，……补休”, dates in the previous year, merged
/// festivals, amendments. Every line is checked (<see cref="NoticeChecks"/>); any error makes the whole text fail, so
/// nothing half-read is ever stored.
/// </summary>
public static partial class HolidayNoticeParser
{
    /// <summary>Longest text accepted: a notice is about 2,000 characters; a whole web page pasted by mistake is not read.</summary>
    public const int MaxLength = 50_000;

    /// <summary>Parses <paramref name="text"/>; <paramref name="expectedYear"/>, when given, must be the year it arranges.</summary>
    public static NoticeParseResult Parse(string text, int? expectedYear = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            return Fail(0, $"文本过长（{text.Length} 个字符，上限 {MaxLength}）：请只粘贴通知正文。");
        }

        var lines = NoticeText.Lines(text);
        var header = NoticeHeader.Find(lines);
        if (header is null)
        {
            return Fail(0, "未识别为国务院办公厅节假日安排通知：没有找到通知标题（如“国务院办公厅关于2027年部分节假日安排的通知”）。");
        }

        var errors = new List<NoticeError>();
        if (expectedYear is { } expected && expected != header.Year)
        {
            errors.Add(new(header.TitleLine, $"这是 {header.Year} 年的通知，不能作为 {expected} 年的安排导入。"));
        }

        var titleFestivals = FestivalNames.FindIn(header.Title);
        if (header.IsAmendment && titleFestivals.Count == 0)
        {
            errors.Add(new(header.TitleLine, "调整通知的标题没有写明调整哪个节日。"));
        }

        var arrangements = ReadLines(lines, header, titleFestivals, errors);
        if (arrangements.Count == 0 && errors.Count == 0)
        {
            errors.Add(new(0, "未识别为节假日安排通知：没有找到任何放假安排（如“一、元旦：1月1日放假……”）。"));
        }

        var notice = new HolidayNotice(
            header.Year,
            new NoticeReference(header.Title, header.DocumentNumber, header.IssuedOn),
            header.IsAmendment,
            arrangements,
            NoticeChecks.Warnings(header.Year, header.IsAmendment, arrangements));
        errors.AddRange(NoticeChecks.Errors(notice));
        return errors.Count > 0
            ? NoticeParseResult.Failure([.. errors.OrderBy(e => e.Line)])
            : NoticeParseResult.Success(notice);
    }

    private static List<HolidayArrangement> ReadLines(
        string[] lines, NoticeHeader header, IReadOnlyList<Festival> titleFestivals, List<NoticeError> errors)
    {
        var arrangements = new List<HolidayArrangement>();
        for (var i = header.TitleLine; i < lines.Length; i++)
        {
            var (festivals, name, body) = Label(lines[i]);
            if (body is null || (festivals.Count == 0 && !header.IsAmendment))
            {
                continue;
            }

            body += Continuation(lines, i);

            if (festivals.Count == 0)
            {
                festivals = titleFestivals;
                name = string.Join("、", titleFestivals.Select(FestivalNames.Of));
            }

            var (arrangement, lineErrors) = ArrangementLineParser.Parse(i + 1, festivals, name, body, header.Year);
            errors.AddRange(lineErrors.Select(e => new NoticeError(i + 1, $"{e}（“{NoticeText.Quote(lines[i])}”）")));
            if (arrangement is not null && lineErrors.Count == 0)
            {
                arrangements.Add(arrangement);
            }
            else if (festivals.Count > 0 && lineErrors.Count == 0 && name.Length > 0 && LabelPattern().IsMatch(lines[i]))
            {
                errors.Add(new(i + 1, $"{name}没有找到放假日期（“{NoticeText.Quote(lines[i])}”）。"));
            }
        }

        return arrangements;
    }

    // “一、元旦：…”, “六、国庆节、中秋节：…”, “元旦：…” (numbering dropped by a repost), or a numbered line with no festival
    // label (“一、2019年5月1日至4日放假调休…” in an amendment: the festival is the title's).
    private static (IReadOnlyList<Festival> Festivals, string Name, string? Body) Label(string line)
    {
        var labelled = LabelPattern().Match(line);
        if (labelled.Success)
        {
            var names = labelled.Groups["names"].Value.Split('、', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            // Every name must be a festival: the known ones are kept only when none is unknown.
            var festivals = names.Select(FestivalNames.Parse).OfType<Festival>().ToList();
            if (festivals.Count == names.Length)
            {
                var printed = string.Join("、", festivals.Select(FestivalNames.Of));
                return ([.. festivals], printed, labelled.Groups["body"].Value);
            }
        }

        var numbered = NumberedPattern().Match(line);
        return numbered.Success ? ([], string.Empty, numbered.Groups["body"].Value) : ([], string.Empty, null);
    }

    // A line wrapped by a PDF or a narrow page (“…2月14日（周六）、2月28” / “日（周六）上班。”) goes on in the lines
    // below it until a blank line, the next numbered or labelled line, or the signature.
    private static string Continuation(string[] lines, int line)
    {
        var text = new System.Text.StringBuilder();
        for (var j = line + 1; j < lines.Length && lines[j].Length > 0; j++)
        {
            if (Label(lines[j]).Body is not null || lines[j].StartsWith("国务院办公厅", StringComparison.Ordinal) || SignatureDate().IsMatch(lines[j]))
            {
                break;
            }

            text.Append(lines[j]);
        }

        return text.ToString();
    }

    private static NoticeParseResult Fail(int line, string message) => NoticeParseResult.Failure([new NoticeError(line, message)]);

    // Numbered “一、”, “（一）” or “1.”, or a Xinhua “——” bullet; a year before the name (“一、2018年元旦：”).
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+\s*[、.]\s*|\(\s*[一二三四五六七八九十\d]+\s*\)\s*|\d{1,2}\s*[、.]\s*|[-•·*]+\s*)?(?:\d{4}\s*年\s*)?(?<names>[\p{IsCJKUnifiedIdeographs}“”、]{2,14}?)\s*:\s*(?<body>.+)$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^[一二三四五六七八九十]+\s*[、.]\s*(?<body>.+)$")]
    private static partial Regex NumberedPattern();

    [GeneratedRegex(@"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")]
    private static partial Regex SignatureDate();
}
