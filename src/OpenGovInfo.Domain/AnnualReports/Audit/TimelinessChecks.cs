using System.Globalization;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// A1/A2 (条例 第四十九条: departments publish last year's report by 31 January, the 本级政府 report by 31 March),
/// A4 (changed after publication without notice) and A6 (copies that disagree).
/// </summary>
public sealed class TimelinessChecks : IAuditCheck
{
    /// <inheritdoc />
    public void Check(PublishedReport report, AuditContext context, ICollection<AuditFinding> findings)
    {
        Deadline(report, findings);
        Changed(report, context, findings);
        Copies(report, context, findings);
    }

    /// <summary>The statutory deadline for a report of <paramref name="year"/> by this issuer, and the rule id.</summary>
    public static (DateOnly Due, string Rule) DueDate(string? agency, int year) =>
        Issuer.IsCountyOrAboveGovernment(agency) ? (new DateOnly(year + 1, 3, 31), "A2") : (new DateOnly(year + 1, 1, 31), "A1");

    private static void Deadline(PublishedReport report, ICollection<AuditFinding> findings)
    {
        var rule = Issuer.IsCountyOrAboveGovernment(report.Agency) ? "A2" : "A1";
        if (report.Year is not { } year)
        {
            findings.Add(AuditFinding.Undecided(rule, AuditSeverity.Error, "published", "报告未写明统计年度，无法确定发布期限"));
            return;
        }

        var (due, _) = DueDate(report.Agency, year);
        if (report.Published is not { } published)
        {
            findings.Add(AuditFinding.Undecided(rule, AuditSeverity.Error, "published",
                $"未找到发布日期（网页发布日期、网址日期、PDF 创建日期或落款日期），无法判断是否在{Day(due)}前发布"));
            return;
        }

        if (published.Date > due)
        {
            var late = published.Date.DayNumber - due.DayNumber;
            findings.Add(new AuditFinding(rule, AuditSeverity.Error, "published",
                $"{published.SourceName}为{Day(published.Date)}，晚于{(rule == "A2" ? "本级政府年报" : "部门年报")}法定期限{Day(due)}（逾期{late}天，条例第四十九条）",
                [new Evidence(Value: Day(published.Date), Excerpt: published.Excerpt)]));
        }
    }

    private static void Changed(PublishedReport report, AuditContext context, ICollection<AuditFinding> findings)
    {
        if (context.EarlierVersions.Count == 0 || context.EarlierVersions[^1].ContentHash == report.ContentHash)
        {
            return;
        }

        var last = context.EarlierVersions[^1];
        findings.Add(new AuditFinding("A4", AuditSeverity.Warning, "version",
            $"同一地址的报告与{Day(last.SeenOn)}读取的版本不同（发布后有变动），页面未见更正说明",
            [new Evidence(Value: report.ContentHash[..12], Excerpt: "此前版本 " + last.ContentHash[..12])]));
    }

    private static void Copies(PublishedReport report, AuditContext context, ICollection<AuditFinding> findings)
    {
        foreach (var copy in context.OtherCopies)
        {
            if (copy.ContentHash == report.ContentHash)
            {
                continue;
            }

            var differing = TableDifferences.Between(report.Report, copy.Report).Take(5).ToList();
            if (differing.Count > 0)
            {
                findings.Add(new AuditFinding("A6", AuditSeverity.Warning, "copy:" + copy.ContentHash[..16],
                    $"同一报告的另一版本（{copy.Source}）表格数据不一致，共{TableDifferences.Between(report.Report, copy.Report).Count()}处，如{differing[0].Cell}：本版本{differing[0].Mine}，另一版本{differing[0].Theirs}",
                    [.. differing.Select(d => new Evidence(d.Cell, d.Mine, Excerpt: "另一版本 " + d.Theirs))]));
            }
        }
    }

    private static string Day(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
