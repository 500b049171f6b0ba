using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>The title (and the year it names), document number and signature date of a notice.</summary>
internal sealed partial record NoticeHeader(int TitleLine, string Title, int Year, bool IsAmendment, string? DocumentNumber, DateOnly? IssuedOn)
{
    internal static NoticeHeader? Find(string[] lines) => Find(lines, TitlePattern()) ?? Find(lines, PreamblePattern());

    private static NoticeHeader? Find(string[] lines, Regex pattern)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            // gov.cn prints long titles over two lines: “国务院办公厅关于2016年” / “部分节假日安排的通知”.
            var text = pattern.IsMatch(lines[i]) || i + 1 >= lines.Length ? lines[i] : lines[i] + lines[i + 1];
            var title = pattern.Match(text);
            if (!title.Success)
            {
                continue;
            }

            var year = int.Parse(title.Groups["year"].Value, CultureInfo.InvariantCulture);
            // A yearly notice arranges “部分节假日”; one that adjusts or extends a festival changes an announced year.
            var amendment = !text.Contains("部分节假日", StringComparison.Ordinal) && AmendmentWords().IsMatch(text);
            var last = text.Length > lines[i].Length ? i + 2 : i + 1;
            return new NoticeHeader(last, text, year, amendment, FindDocumentNumber(lines), FindIssuedOn(lines));
        }

        return null;
    }

    private static string? FindDocumentNumber(string[] lines)
    {
        foreach (var line in lines)
        {
            var m = NumberPattern().Match(line);
            if (m.Success)
            {
                return $"{string.Concat(m.Groups["prefix"].Value.Where(c => !char.IsWhiteSpace(c)))}〔{m.Groups["year"].Value}〕{m.Groups["n"].Value}号";
            }
        }

        return null;
    }

    private static DateOnly? FindIssuedOn(string[] lines)
    {
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var m = SignaturePattern().Match(lines[i]);
            if (m.Success && DateOnly.TryParseExact(
                    $"{m.Groups["y"].Value}-{m.Groups["m"].Value.PadLeft(2, '0')}-{m.Groups["d"].Value.PadLeft(2, '0')}",
                    "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        return null;
    }

    [GeneratedRegex(@"关于.{0,6}?(?<year>\d{4})\s*年.{0,12}?(节假日|假期|放假|假日).{0,8}通知")]
    private static partial Regex TitlePattern();

    // A repost without the title (Xinhua's “——元旦：…” summaries) still has the preamble “现将2016年元旦、春节……安排通知如下”.
    [GeneratedRegex(@"(?<year>\d{4})\s*年\s*(?:元旦|春节).{0,60}?安排.{0,6}?如下")]
    private static partial Regex PreamblePattern();

    [GeneratedRegex("调整|延长|变更|补充|更改")]
    private static partial Regex AmendmentWords();

    [GeneratedRegex(@"(?<prefix>国\s*办\s*发(?:\s*明\s*电)?)\s*[〔\[(]\s*(?<year>\d{4})\s*[〕\])]\s*(?<n>\d+)\s*号")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日$")]
    private static partial Regex SignaturePattern();
}
