using System.Globalization;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// B4–B6: the three tables carry the national format's sub-tables, rows and columns (a part counts as present when
/// the reader read it or its label is printed — labels wrap, so they are looked for in the text without spaces);
/// B8: a report for 2021 or later does not use the superseded 2019 trial layout.
/// </summary>
public sealed class LayoutChecks : IAuditCheck
{
    private const int RowKeyLength = 6;

    private static readonly string[] ReviewLabels =
        ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结"];

    /// <inheritdoc />
    public void Check(PublishedReport report, AuditContext context, ICollection<AuditFinding> findings)
    {
        if (report.Text.Lines.Count == 0)
        {
            return;
        }

        Proactive(report, findings);
        Applications(report, findings);
        Review(report, findings);
        Superseded(report, findings);
    }

    private static void Proactive(PublishedReport report, ICollection<AuditFinding> findings)
    {
        var format = report.Report.Definition;
        foreach (var block in format.ProactiveBlocks)
        {
            foreach (var item in block.Items)
            {
                var read = report.Report.Proactive?.Values(item.Code) is { } v && v.Any(x => x is not null);
                if (!read && !Printed(report, item.Label))
                {
                    findings.Add(new AuditFinding("B4", AuditSeverity.Error, "proactive." + item.Code,
                        $"表二缺少{block.Title}“{item.Label}”一行", [new Evidence("proactive." + item.Code, Excerpt: item.Label)]));
                }
            }
        }

        if (report.Report.Format == ReportFormat.Format2021 && !report.Text.Compact.Contains("万元", StringComparison.Ordinal))
        {
            findings.Add(new AuditFinding("B4", AuditSeverity.Error, "proactive.administrative_fees.unit",
                "表二第二十条第（八）项未标明收费金额单位“万元”", [new Evidence("proactive.administrative_fees.amount_10k_cny")]));
        }
    }

    private static void Applications(PublishedReport report, ICollection<AuditFinding> findings)
    {
        var table = report.Report.Applications;
        var format = report.Report.Definition;
        var missingRows = format.ApplicationRows
            .Where(r => !(table?.Row(r.Code) is { } cells && cells.Any(c => c is not null)) && !Printed(report, RowKey(r.Label)))
            .ToList();
        if (missingRows.Count == format.ApplicationRows.Count)
        {
            findings.Add(new AuditFinding("B5", AuditSeverity.Error, "applications",
                "缺少表三“收到和处理政府信息公开申请情况”", [new Evidence("applications", Excerpt: TableLayouts.Sections[2].Heading)]));
            return;
        }

        foreach (var row in missingRows)
        {
            findings.Add(new AuditFinding("B5", AuditSeverity.Error, "applications." + row.Code,
                $"表三缺少“{(row.Category is { } c ? c.Label : "")}{row.Label}”一行", [new Evidence("applications." + row.Code, Excerpt: row.Label)]));
        }

        foreach (var column in TableLayouts.Columns.Where(c => !Printed(report, c.Label)))
        {
            findings.Add(new AuditFinding("B5", AuditSeverity.Error, "applications.column." + column.Code,
                $"表三缺少申请人“{column.Label}”一列", [new Evidence("applications." + column.Code, Excerpt: column.Label)]));
        }
    }

    private static void Review(PublishedReport report, ICollection<AuditFinding> findings)
    {
        var missing = ReviewLabels.Where(l => !Printed(report, l)).ToList();
        var read = report.Report.ReviewLitigation?.Flattened().Count(v => v is not null) ?? 0;
        if (missing.Count == 0)
        {
            return;
        }

        findings.Add(new AuditFinding("B6", AuditSeverity.Error, "review_litigation:" + string.Join(",", missing),
            missing.Count == ReviewLabels.Length && read == 0
                ? "缺少表四“政府信息公开行政复议、行政诉讼情况”"
                : $"表四缺少标签：{string.Join("、", missing)}（应为行政复议、未经复议直接起诉、复议后起诉三组，每组结果维持、结果纠正、其他结果、尚未审结、总计，共15格；已读取{read.ToString(CultureInfo.InvariantCulture)}格）",
            [.. missing.Select(l => new Evidence("review_litigation", Excerpt: l))]));
    }

    private static void Superseded(PublishedReport report, ICollection<AuditFinding> findings)
    {
        if (report.Report.Format != ReportFormat.Trial2019 || report.Year is not >= 2021)
        {
            return;
        }

        var legacy = NationalFormats.Trial2019.ProactiveBlocks.SelectMany(b => b.Measures).Select(m => m.Label)
            .Concat(["（六）其他处理"]).FirstOrDefault(l => Printed(report, l));
        findings.Add(new AuditFinding("B8", AuditSeverity.Warning, "format",
            $"{report.Year}年度报告仍使用已废止的2019年试行格式（国办公开办函〔2019〕60号），应使用国办公开办函〔2021〕30号格式",
            [legacy is null ? new Evidence("format", "2019") : report.Text.Quote(legacy, "format", "2019")]));
    }

    private static bool Printed(PublishedReport report, string label) =>
        report.Text.Compact.Contains(LabelText.Normalize(label), StringComparison.Ordinal);

    /// <summary>The start of a row label without its numbering ("1.", "（三）", "一、"), enough to tell the rows apart.</summary>
    private static string RowKey(string label)
    {
        var key = LabelText.Normalize(label);
        var start = 0;
        while (start < key.Length && (char.IsAsciiDigit(key[start]) || "．.、()（）一二三四五六七八".Contains(key[start], StringComparison.Ordinal)))
        {
            start++;
        }

        var rest = key[start..];
        return rest.Length > RowKeyLength ? rest[..RowKeyLength] : rest;
    }
}
