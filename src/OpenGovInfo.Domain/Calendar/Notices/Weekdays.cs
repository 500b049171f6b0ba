namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>The weekday names of the notices: 周四, 星期四, 星期日/星期天.</summary>
internal static class Weekdays
{
    private const string Digits = "日一二三四五六";

    internal static string Name(DayOfWeek day) => "星期" + Digits[(int)day];

    /// <summary>The weekday named in a parenthesis such as “农历除夕、周二” or “星期日”, or null when none is named.</summary>
    internal static DayOfWeek? Find(string text)
    {
        foreach (var prefix in new[] { "星期", "周", "礼拜" })
        {
            var at = text.IndexOf(prefix, StringComparison.Ordinal);
            while (at >= 0 && at + prefix.Length < text.Length)
            {
                var c = text[at + prefix.Length];
                var index = c == '天' ? 0 : Digits.IndexOf(c, StringComparison.Ordinal);
                if (index >= 0)
                {
                    return (DayOfWeek)index;
                }

                at = text.IndexOf(prefix, at + 1, StringComparison.Ordinal);
            }
        }

        return null;
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
