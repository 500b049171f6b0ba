namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// The report's top-level headings ("X、…") matched to the six statutory sections by their words, not by their
/// ordinal, so a heading printed with the wrong number or twice is still recognised (B1, B2). Headings are found on
/// their own line or inside running text (web pages whose text has no line breaks: "…联系。一、总体情况2024年…"), at
/// a line start or after a character that is not an ideograph. Table-3 row labels that also start with 一、…四、
/// are not headings.
/// </summary>
public static class ReportOutline
{
    private const string Ordinals = "一二三四五六七八九十";
    private const int CueWindow = 16;
    private const int HeadingWindow = 20;
    private const int ShortLine = 32;

    private static readonly string[][] Cues =
    [
        ["总体情况", "概述", "基本情况"],
        ["主动公开"],
        ["收到和处理", "依申请公开", "处理政府信息公开申请", "申请情况"],
        ["行政复议", "行政诉讼"],
        ["存在的主要问题", "主要问题", "问题及改进", "问题和改进", "存在问题"],
        ["其他需要报告", "其他事项", "其他需要"],
    ];

    /// <summary>The statutory headings' words without their ordinals: printed in full, a heading is one even when
    /// glued to the figure before it ("394432.52元三、收到和处理…").</summary>
    private static readonly string[] FullHeadings = [.. TableLayouts.Sections
        .SelectMany(s => s.Variants.Append(s.Heading))
        .Select(h => LabelText.Normalize(h)[2..])
        .Where(h => h.Length >= 6)];

    private static readonly string[] HeadingWords = ["情况", "事项", "问题", "计划", "概述"];

    private static readonly string[] TableRows = ["本年新收", "上年结转", "本年度办理", "本年", "结转下年度", "结转"];

    /// <summary>The headings in print order.</summary>
    public static IReadOnlyList<OutlineHeading> Of(ReportText text)
    {
        var compact = text.Compact;
        var headings = new List<OutlineHeading>();
        for (var comma = compact.IndexOf('、', StringComparison.Ordinal); comma > 0; comma = compact.IndexOf('、', comma + 1))
        {
            var start = comma - 1;
            if (Ordinals.IndexOf(compact[start], StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var body = compact.AsSpan(comma + 1, Math.Min(HeadingWindow, compact.Length - comma - 1)).ToString();
            if (!Boundary(text, compact, start) && !FullHeadings.Any(h => body.StartsWith(h, StringComparison.Ordinal)))
            {
                continue;
            }

            var line = text.LineAt(start);
            var onItsOwn = text.StartsLine(start) && line.Key.Length <= ShortLine;
            if (Section(body, onItsOwn) is { } section)
            {
                headings.Add(new OutlineHeading(Ordinals.IndexOf(compact[start], StringComparison.Ordinal) + 1, section, line, start,
                    compact[start] + "、" + Words(compact[(comma + 1)..Math.Max(comma + 1, Math.Min(text.LineEnd(start), comma + 1 + HeadingWindow + 4))])));
            }
        }

        return headings;
    }

    /// <summary>The statutory section (1–6) a heading body names, or null.</summary>
    public static int? Section(string body, bool onItsOwn)
    {
        if (TableRows.Any(r => body.StartsWith(r, StringComparison.Ordinal)))
        {
            return null;
        }

        var head = body.Length > CueWindow ? body[..CueWindow] : body;
        if (!onItsOwn && !HeadingWords.Any(w => body.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }

        for (var s = 0; s < Cues.Length; s++)
        {
            if (Cues[s].Any(c => head.Contains(c, StringComparison.Ordinal))
                && !(s == 1 && head.Contains("申请", StringComparison.Ordinal)))
            {
                return s + 1;
            }
        }

        return null;
    }

    /// <summary>A heading starts a line or follows punctuation, a figure or a letter — never another ideograph
    /// ("分为三、四个方面").</summary>
    private static bool Boundary(ReportText text, string compact, int at) =>
        at == 0 || text.StartsLine(at) || !IsIdeograph(compact[at - 1]);

    private static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static string Words(string body)
    {
        var end = 0;
        while (end < body.Length && (IsIdeograph(body[end]) || body[end] == '、'))
        {
            end++;
        }

        return body[..end];
    }
}
