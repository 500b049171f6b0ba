using System.Globalization;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// B1: the six sections of 条例 第五十条 / the 2021 format are all present and in order; B2: one numbering system —
/// no heading printed twice, none numbered out of place.
/// </summary>
public sealed class OutlineChecks : IAuditCheck
{
    /// <inheritdoc />
    public void Check(PublishedReport report, AuditContext context, ICollection<AuditFinding> findings)
    {
        if (report.Text.Lines.Count == 0)
        {
            findings.Add(AuditFinding.Undecided("B1", AuditSeverity.Error, "outline", "没有报告正文，无法检查章节"));
            return;
        }

        var outline = report.Text.Outline;
        Present(outline, findings);
        Numbering(outline, findings);
    }

    private static void Present(IReadOnlyList<OutlineHeading> outline, ICollection<AuditFinding> findings)
    {
        var sections = TableLayouts.Sections;
        for (var s = 1; s <= sections.Count; s++)
        {
            if (!outline.Any(h => h.Section == s))
            {
                findings.Add(new AuditFinding("B1", AuditSeverity.Error, "section:" + S(s),
                    $"缺少第{sections[s - 1].Number}部分“{sections[s - 1].Heading}”（条例第五十条、国办公开办函〔2021〕30号）",
                    [new Evidence(Excerpt: sections[s - 1].Heading)]));
            }
        }

        var firsts = outline.GroupBy(h => h.Section).Select(g => g.First()).OrderBy(h => h.Line.Number).ToList();
        for (var i = 1; i < firsts.Count; i++)
        {
            if (firsts[i].Section < firsts[i - 1].Section)
            {
                findings.Add(new AuditFinding("B1", AuditSeverity.Error, "order:" + S(firsts[i].Section),
                    $"章节顺序错误：“{firsts[i].Heading}”出现在“{firsts[i - 1].Heading}”之后",
                    [Place(firsts[i - 1]), Place(firsts[i])]));
            }
        }
    }

    private static void Numbering(IReadOnlyList<OutlineHeading> outline, ICollection<AuditFinding> findings)
    {
        foreach (var group in outline.GroupBy(h => h.Section).Where(g => g.Count() > 1))
        {
            var lines = group.ToList();
            findings.Add(new AuditFinding("B2", AuditSeverity.Warning, "duplicate:" + S(group.Key),
                $"标题“{lines[0].Heading}”重复出现{lines.Count}次（第{string.Join("、", lines.Select(h => h.Line.Number))}行）",
                [.. lines.Select(Place)]));
        }

        foreach (var heading in outline.Where(h => h.Printed != h.Section))
        {
            findings.Add(new AuditFinding("B2", AuditSeverity.Warning, "numbering:" + S(heading.Section) + ":" + S(heading.Printed),
                $"标题“{heading.Heading}”编号为第{heading.Printed}部分，按国家格式应为第{TableLayouts.Sections[heading.Section - 1].Number}部分",
                [Place(heading)]));
        }
    }

    private static Evidence Place(OutlineHeading h) =>
        new(Page: h.Line.Page, Line: h.Line.Number, Excerpt: h.Heading);

    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);
}
