using System.Text;
using System.Text.RegularExpressions;
using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Tests.Auditing;

/// <summary>C4 on variant layouts: the 法人或其他组织 小计 column and printed （三）…（六） category rows.</summary>
public partial class SubtotalTests
{
    /// <summary>The seed with Table 3 printed eight columns wide (小计 after 其他) and, optionally, category rows.</summary>
    private static string Wide(bool categoryRows = false, params (string From, string To)[] edits)
    {
        var text = SeedText.With(("其他\n\n一、本年新收", "其他\n\n小计\n\n一、本年新收"));
        var start = text.IndexOf("一、本年新收", StringComparison.Ordinal);
        var end = text.IndexOf("四、政府信息公开行政复议", StringComparison.Ordinal);
        var table = SevenZeros().Replace(text[start..end], "0 0 0 0 0 0 0 0");
        table = table.Replace("0 0 0 0 0 0\n0", "0 0 0 0 0 0 0\n0", StringComparison.Ordinal);
        if (categoryRows)
        {
            table = table.Replace("8.属于行政查询事项 0 0 0 0 0 0 0 0\n", "8.属于行政查询事项 0 0 0 0 0 0 0 0\n\n（三）不予公开小计 0 0 0 0 0 0 0 0\n", StringComparison.Ordinal)
                .Replace("3.补正后申请内容仍不明确 0 0 0 0 0 0 0 0\n", "3.补正后申请内容仍不明确 0 0 0 0 0 0 0 0\n\n小计 0 0 0 0 0 0 0 0\n", StringComparison.Ordinal);
        }

        foreach (var (from, to) in edits)
        {
            Assert.True(table.Contains(from, StringComparison.Ordinal), "table does not contain: " + from);
            table = table.Replace(from, to, StringComparison.Ordinal);
        }

        return text[..start] + table + text[end..];
    }

    [GeneratedRegex("(?<=[ \n])0 0 0 0 0 0 0(?=\r?\n)")]
    private static partial Regex SevenZeros();

    private static (ReportReadResult Read, List<AuditFinding> Findings) ReadAndAudit(string text, string source = "wide.txt")
    {
        var read = AnnualReportReader.ReadText(text, source);
        Assert.True(read.Succeeded, read.Error);
        return (read, AuditFixtures.Audit(Documents.Auditing.PublishedReports.From(read)!));
    }

    [Fact]
    public void The_subtotal_column_is_kept_beside_the_seven_canonical_cells()
    {
        var (read, findings) = ReadAndAudit(Wide(false, ("（一）予以公开 0 0 0 0 0 0 0 0", "（一）予以公开 3 1 1 0 0 0 2 5")));
        Assert.Equal([3, 1, 1, 0, 0, 0, 5], read.Report!.Applications!.Row("granted"));
        var granted = Assert.Single(read.Subtotals, s => s.Row == "granted");
        Assert.Equal((PrintedSubtotal.OrganisationColumn, 2m), (granted.Column, granted.Value));
        Assert.Equal(read.Report.Definition.ApplicationRows.Select(r => r.Code), read.Subtotals.Select(s => s.Row));
        Assert.DoesNotContain(findings, f => f.Rule is "C4" or "READ");
        Assert.DoesNotContain(findings, f => f.Rule == "T3-3");
    }

    [Fact]
    public void A_subtotal_column_that_is_not_the_sum_of_the_organisations_is_an_error()
    {
        var (_, findings) = ReadAndAudit(Wide(false, ("（一）予以公开 0 0 0 0 0 0 0 0", "（一）予以公开 3 1 1 0 0 0 3 5")));
        var c4 = Assert.Single(findings, f => f.Rule == "C4");
        Assert.Equal(AuditSeverity.Error, c4.Severity);
        Assert.False(c4.Uncertain);
        Assert.Equal("applications.granted.organisation_subtotal", c4.Key);
        Assert.Contains("为3", c4.Message, StringComparison.Ordinal);
        Assert.Contains("之和为2", c4.Message, StringComparison.Ordinal);
        Assert.Contains(c4.Evidence, e => e.Cell == "applications.granted.organisation_subtotal" && e.Value == "3" && e.Line != null);
        Assert.Contains(c4.Evidence, e => e.Cell == "applications.granted.commercial_enterprise" && e.Value == "1");
    }

    [Fact]
    public void Category_rows_are_not_read_as_items_and_are_checked_against_them()
    {
        var consistent = Wide(true, ("1.属于国家秘密 0 0 0 0 0 0 0 0", "1.属于国家秘密 1 0 0 0 0 0 0 1"),
            ("（三）不予公开小计 0 0 0 0 0 0 0 0", "（三）不予公开小计 1 0 0 0 0 0 0 1"));
        var (read, findings) = ReadAndAudit(consistent);
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], read.Report!.Applications!.Row("withheld.state_secret"));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], read.Report.Applications.Row("withheld.prohibited_by_law"));
        Assert.Contains(read.Subtotals, s => s is { Row: "withheld.subtotal", Column: "natural_person", Value: 1m });
        Assert.Contains(read.Subtotals, s => s is { Row: "unable.subtotal", Column: "total", Value: 0m });
        Assert.DoesNotContain(findings, f => f.Rule == "C4");

        var broken = Wide(true, ("1.属于国家秘密 0 0 0 0 0 0 0 0", "1.属于国家秘密 1 0 0 0 0 0 0 1"));
        var (_, brokenFindings) = ReadAndAudit(broken);
        Assert.Contains(brokenFindings, f => f is { Rule: "C4", Key: "applications.withheld.subtotal.natural_person", Uncertain: false }
            && f.Message.Contains("（三）不予公开小计行", StringComparison.Ordinal));
        Assert.Contains(brokenFindings, f => f is { Rule: "C4", Key: "applications.withheld.subtotal.total" });
    }

    [Fact]
    public void A_blank_subtotal_is_uncertain_not_zero()
    {
        var (_, findings) = ReadAndAudit(Wide(false, ("（一）予以公开 0 0 0 0 0 0 0 0", "（一）予以公开 3 1 1 0 0 0 — 5")));
        var c4 = Assert.Single(findings, f => f.Rule == "C4");
        Assert.True(c4.Uncertain);
        Assert.Equal("applications.granted.organisation_subtotal", c4.Key);
    }

    [Fact]
    public void The_standard_layout_has_no_subtotals_and_no_C4()
    {
        var (read, findings) = ReadAndAudit(AuditFixtures.SeedText, "seed.txt");
        Assert.Empty(read.Subtotals);
        Assert.DoesNotContain(findings, f => f.Rule == "C4");
    }

    [Fact]
    public void An_html_table_with_the_subtotal_column_is_read_and_checked()
    {
        var rows = NationalFormats.Format2021.ApplicationRows;
        var html = new StringBuilder("<html><body><p>某局2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>本局全年未收到申请。</p>");
        html.Append("<p>三、收到和处理政府信息公开申请情况</p><table><tr><td rowspan=\"2\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>")
            .Append("<td rowspan=\"2\">自然人</td><td colspan=\"6\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>")
            .Append("<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>小计</td></tr>");
        foreach (var row in rows)
        {
            var cells = row.Code switch
            {
                "new_received" or "total_processed" => "4 1 1 0 0 0 2 6",
                "granted" => "4 1 1 0 0 0 3 6", // 小计 printed 3 for 1 + 1
                _ => "0 0 0 0 0 0 0 0",
            };
            html.Append("<tr><td>").Append(row.Category?.Label).Append(row.Label).Append("</td>")
                .Append(string.Concat(cells.Split(' ').Select(c => $"<td>{c}</td>"))).Append("</tr>");
        }

        html.Append("</table><p>五、存在的主要问题及改进情况</p><p>无。</p><p>六、其他需要报告的事项</p><p>本机关未收取信息处理费。</p></body></html>");
        var read = AnnualReportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(html.ToString())), "wide.html");
        Assert.True(read.Succeeded, read.Error);
        Assert.Equal([4, 1, 1, 0, 0, 0, 6], read.Report!.Applications!.Row("granted"));
        var findings = AuditFixtures.Audit(Documents.Auditing.PublishedReports.From(read)!);
        var c4 = Assert.Single(findings, f => f.Rule == "C4");
        Assert.Equal("applications.granted.organisation_subtotal", c4.Key);
    }
}
