using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// B3: 总体情况 covers the five subjects the 2021 format lists; B9: the title names the agency and the year, and the
/// statistical period (1 January – 31 December) is that year.
/// </summary>
public sealed partial class ContentChecks : IAuditCheck
{
    private const int TitleLines = 15;

    private static readonly (string Topic, string[] Words)[] OverviewTopics =
    [
        ("主动公开", ["主动公开"]),
        ("依申请公开", ["依申请", "申请公开", "公开申请"]),
        ("政府信息管理", ["信息管理", "管理情况"]),
        ("平台建设", ["平台"]),
        ("监督保障", ["监督", "保障", "考核", "培训"]),
    ];

    /// <inheritdoc />
    public void Check(PublishedReport report, AuditContext context, ICollection<AuditFinding> findings)
    {
        Overview(report, findings);
        Title(report, findings);
    }

    private static void Overview(PublishedReport report, ICollection<AuditFinding> findings)
    {
        if (SectionText.Of(report, 1) is not { } overview)
        {
            return;
        }

        var key = overview;
        var missing = OverviewTopics.Where(t => !t.Words.Any(w => key.Contains(w, StringComparison.Ordinal))).Select(t => t.Topic).ToList();
        if (missing.Count > 0)
        {
            findings.Add(new AuditFinding("B3", AuditSeverity.Warning, "overview:" + string.Join(",", missing),
                $"“一、总体情况”未涉及：{string.Join("、", missing)}（国办公开办函〔2021〕30号要求总体情况涵盖主动公开、依申请公开、政府信息管理、平台建设、监督保障）",
                [report.Text.Quote(TableLayouts.Sections[0].Heading)]));
        }
    }

    private static void Title(PublishedReport report, ICollection<AuditFinding> findings)
    {
        if (report.Text.Lines.Count == 0)
        {
            return;
        }

        var title = report.Text.Lines.Take(TitleLines).Select(l => (Line: l, Match: TitlePattern().Match(l.Key))).FirstOrDefault(x => x.Match.Success);
        if (title.Match is null)
        {
            findings.Add(new AuditFinding("B9", AuditSeverity.Error, "title",
                "开头未找到“××（机关）××年政府信息公开工作年度报告”形式的标题", [new Evidence(Excerpt: report.Text.Lines[0].Text.Trim())]));
            return;
        }

        var agency = title.Match.Groups["agency"].Value;
        if (agency.Length < 2 && title.Line.Number > 1)
        {
            // The agency on its own line above "2024年政府信息公开工作年度报告" (a two-line title).
            agency = report.Text.Lines.Take(title.Line.Number - 1).LastOrDefault(l => l.Key.Length > 0)?.Key ?? "";
        }

        var year = int.Parse(title.Match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var place = new Evidence(Page: title.Line.Page, Line: title.Line.Number, Excerpt: ReportText.Excerpt(title.Line.Text));
        if (agency.Length < 2)
        {
            findings.Add(new AuditFinding("B9", AuditSeverity.Error, "title.agency", "标题未写明报告机关", [place]));
        }

        Period(report, year, place, findings);
    }

    private static void Period(PublishedReport report, int titleYear, Evidence title, ICollection<AuditFinding> findings)
    {
        var period = PeriodPattern().Match(report.Text.Compact);
        if (!period.Success)
        {
            // The catalogue grades B9 E; a missing period sentence is graded W here because the 2021 format's
            // template text that carries it is not verified (audit-criteria.md S2), while a wrong year is objective.
            findings.Add(new AuditFinding("B9", AuditSeverity.Warning, "period",
                $"正文未写明统计期限（{titleYear}年1月1日至{titleYear}年12月31日）", [title]));
            return;
        }

        var from = int.Parse(period.Groups["from"].Value, CultureInfo.InvariantCulture);
        var to = period.Groups["to"].Success ? int.Parse(period.Groups["to"].Value, CultureInfo.InvariantCulture) : from;
        if (from != titleYear || to != titleYear)
        {
            findings.Add(new AuditFinding("B9", AuditSeverity.Error, "period.year",
                $"标题年度为{titleYear}年，正文统计期限为{from}年1月1日至{to}年12月31日，年度不一致",
                [title, report.Text.Quote(period.Value)]));
        }
    }

    [GeneratedRegex(@"(?<agency>[\p{IsCJKUnifiedIdeographs}（）()·]{0,40}?)(?<year>(?:19|20)\d\d)年度?政府信息公开(?:工作)?(?:年度)?报告", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"(?<from>(?:19|20)\d\d)年1月1日(?:起)?(?:至|到|—|－|-|~|～)+(?:(?<to>(?:19|20)\d\d)年)?12月31日", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
