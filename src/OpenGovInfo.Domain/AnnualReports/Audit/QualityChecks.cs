using System.Text.RegularExpressions;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// G1: section 五 is not empty or "无"; G2: it names specific problems and measures rather than stock phrases (the
/// 2021 format: "不宜泛化"); G3: 总体情况 quantifies proactive disclosure; G6: doubled words and punctuation slips.
/// </summary>
public sealed partial class QualityChecks : IAuditCheck
{
    /// <summary>Section 五 shorter than this says nothing.</summary>
    public const int MinimumProblems = 40;

    /// <summary>Stock phrases of generic "problems and improvements" text (CASS: 内容不翔实).</summary>
    public static readonly string[] StockPhrases =
    [
        "有待进一步", "有待提高", "有待加强", "有待完善", "仍存在一定差距", "存在一定差距", "还存在一定差距", "存在一些不足",
        "提高到一个新的水平", "迈上新台阶", "进一步加强", "进一步提高", "进一步完善", "进一步规范", "进一步丰富", "进一步加大",
        "不断提高", "不断提升", "切实做好", "扎实做好", "认真贯彻落实", "突出重点", "强化措施", "加大力度", "新起点", "新目标",
        "不够全面", "不够及时", "不够深入", "还不够", "还需加强", "仍需加强", "距离群众期待", "与群众的期待",
        "人民群众的生产、生活", "相比仍存在", "力度不够",
    ];

    /// <inheritdoc />
    public void Check(PublishedReport report, AuditContext context, ICollection<AuditFinding> findings)
    {
        Problems(report, findings);
        ProactiveFigures(report, findings);
        Typos(report, findings);
    }

    private static void Problems(PublishedReport report, ICollection<AuditFinding> findings)
    {
        var five = SectionText.Of(report, 5);
        var key = five is null ? "" : LabelText.Normalize(five);
        if (key.Length < MinimumProblems || key is "无" or "无。")
        {
            findings.Add(new AuditFinding("G1", AuditSeverity.Error, ReportCodes.Sections.ProblemsAndImprovements,
                five is null ? "缺少“五、存在的主要问题及改进情况”" : $"“五、存在的主要问题及改进情况”只有{key.Length}个字（“{ReportText.Excerpt(five)}”），未说明问题和改进措施",
                [report.Text.Quote(TableLayouts.Sections[4].Heading)]));
            return;
        }

        var stock = StockPhrases.Where(p => key.Contains(LabelText.Normalize(p), StringComparison.Ordinal)).ToList();
        var specifics = Specific().Count(key);
        var sentences = Math.Max(1, key.Split('。', '；', ';', '!', '！').Count(s => s.Length > 4));
        // Boilerplate when stock phrases dominate and hardly anything is specific: numbers other than the year,
        // named systems, columns, dates or times (a concrete problem or measure needs one of these to be checkable).
        if (stock.Count >= 3 && specifics <= sentences / 4)
        {
            findings.Add(new AuditFinding("G2", AuditSeverity.Warning, ReportCodes.Sections.ProblemsAndImprovements,
                $"“五、存在的主要问题及改进情况”以套话为主（{stock.Count}处，如“{string.Join("”“", stock.Take(4))}”），具体问题、数据或时间安排{specifics}处（{sentences}句），内容不翔实（国办公开办函〔2021〕30号：不宜泛化）",
                [.. stock.Take(4).Select(p => report.Text.Quote(p))]));
        }
    }

    private static void ProactiveFigures(PublishedReport report, ICollection<AuditFinding> findings)
    {
        if (SectionText.Of(report, 1) is not { } overview)
        {
            return;
        }

        if (!ProactiveCount().IsMatch(LabelText.Normalize(overview)))
        {
            findings.Add(new AuditFinding("G3", AuditSeverity.Warning, "overview.proactive_figures",
                "“一、总体情况”没有主动公开的数量（如“主动公开信息××条”）",
                [report.Text.Quote(TableLayouts.Sections[0].Heading)]));
        }
    }

    private static void Typos(PublishedReport report, ICollection<AuditFinding> findings)
    {
        var narrative = LabelText.Normalize(SectionText.Narrative(report));
        foreach (var m in DoubledPunctuation().Matches(narrative).Concat(AsciiPeriod().Matches(narrative))
                     .Concat(DoubledWord().Matches(narrative).Where(w => w.Groups["w"].Value.Length == 1 || w.Groups["w"].Value[0] != w.Groups["w"].Value[1]))
                     .DistinctBy(m => m.Value).Take(10))
        {
            findings.Add(new AuditFinding("G6", AuditSeverity.Info, "typo:" + m.Value,
                $"文字或标点疑有错漏：“{Context(narrative, m)}”", [report.Text.Quote(Context(narrative, m))]));
        }
    }

    private static string Context(string text, Match m)
    {
        var start = Math.Max(0, m.Index - 8);
        return text[start..Math.Min(text.Length, m.Index + m.Length + 4)];
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?%|(?<![\d])(?!(?:19|20)\d\d年)\d+(?:\.\d+)?(?:条|件|次|个|篇|期|人|家|项|场|份|万|月底|月|日)|《(?!中华人民共和国政府信息公开条例|政府信息公开条例)[^》]{2,30}》|[“\x22][^”\x22]{2,20}[”\x22]", RegexOptions.CultureInvariant)]
    private static partial Regex Specific();

    [GeneratedRegex(@"主动公开[^。；;]{0,30}?\d+\s*(?:条|件|篇|项)|公开[^。；;]{0,12}?信息[^。；;]{0,6}?\d+\s*(?:条|件|篇)", RegexOptions.CultureInvariant)]
    private static partial Regex ProactiveCount();

    [GeneratedRegex(@"[，。；：、,;:]{2,}|,。|。,", RegexOptions.CultureInvariant)]
    private static partial Regex DoubledPunctuation();

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}])\.(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AsciiPeriod();

    [GeneratedRegex(@"(?<w>[\p{IsCJKUnifiedIdeographs}]{2})\k<w>|(?<w>[的了是在和])\k<w>", RegexOptions.CultureInvariant)]
    private static partial Regex DoubledWord();
}
