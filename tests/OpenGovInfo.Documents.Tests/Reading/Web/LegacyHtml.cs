using System.Globalization;
using System.Net;
using System.Text;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Tests.Reading.Web;

/// <summary>
/// Writes a report the way older and sidebar-style portals publish it: the national tables (from
/// <see cref="NationalTables"/>) with any combination of <see cref="HtmlQuirks"/>.
/// </summary>
internal static class LegacyHtml
{
    private static readonly string[] Sidebar = ["首页", "机构概况", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"];

    public static string Write(AnnualReport report, HtmlQuirks quirks)
    {
        var q = new Writer(quirks);
        var content = new StringBuilder()
            .Append(q.Paragraph("索引号：11350100MB0000000X/2021-00001　发布机构：办公室"))
            .Append(q.Paragraph(report.Title))
            .Append(q.Paragraph("一、总体情况"))
            .Append(q.Paragraph("本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年共收到申请若干件。"));
        var tables = NationalTables.Build(report).ToList();
        for (var t = 0; t < tables.Count; t++)
        {
            var (heading, table) = tables[t];
            content.Append(q.Paragraph(heading));
            var body = t == 1 ? ApplicationsVariant(report, table, quirks) : table;
            content.Append(q.Nest(q.Table(body, t == 1 ? report : null)));
        }

        content.Append(q.Paragraph("五、存在的主要问题及改进情况")).Append(q.Paragraph("无。"))
            .Append(q.Paragraph("六、其他需要报告的事项")).Append(q.Paragraph("无。"));
        var page = quirks.HasFlag(HtmlQuirks.Nested) ? q.Frame(content.ToString()) : content.ToString();
        return q.Tag("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><title>")
            + WebUtility.HtmlEncode(report.Title) + q.Tag("</title></head><body>") + page + q.Tag("</body></html>");
    }

    /// <summary>Table 3 with its header rows as the quirks say (data rows unchanged).</summary>
    private static TestTable ApplicationsVariant(AnnualReport report, TestTable national, HtmlQuirks quirks)
    {
        if (!quirks.HasFlag(HtmlQuirks.MissingApplicantRow) && !quirks.HasFlag(HtmlQuirks.FlatHeader))
        {
            return national;
        }

        var organisations = report.Definition.Columns.Where(c => c.IsOrganisation).Select(c => new TestCell(c.Label)).ToArray();
        var variant = new TestTable();
        if (quirks.HasFlag(HtmlQuirks.FlatHeader))
        {
            variant.Row([new TestCell(TableLayouts.ReconciliationNote, ColSpan: 3), new TestCell("自然人"), .. organisations, new TestCell("总计")]);
        }
        else
        {
            variant.Row(new TestCell(TableLayouts.ReconciliationNote, 2, 3), new TestCell("自然人", 2),
                new TestCell(TableLayouts.OrganisationHeader, ColSpan: 5), new TestCell("总计", 2));
            variant.Row(organisations);
        }

        variant.Rows.AddRange(national.Rows.Skip(3));
        return variant;
    }

    private sealed class Writer(HtmlQuirks quirks)
    {
        public string Tag(string html) => quirks.HasFlag(HtmlQuirks.UpperCase) ? UpperTags(html) : html;

        public string Paragraph(string text) => Tag("<p>") + Label(text) + Tag("</p>");

        public string Nest(string table) =>
            quirks.HasFlag(HtmlQuirks.Nested) ? Tag("<table width=\"100%\" border=\"0\"><tr><td align=\"center\">") + table + Tag("</td></tr></table>") : table;

        public string Frame(string content)
        {
            var links = string.Concat(Sidebar.Select(s => Tag("<a href=\"#\">") + s + Tag("</a><br>")));
            return Tag("<table width=\"980\" cellpadding=\"0\"><tr><td width=\"200\" valign=\"top\">") + links
                + Tag("</td><td valign=\"top\">") + content + Tag("</td></tr><tr><td colspan=\"2\">")
                + "版权所有 2020 网站标识码 3501000001 访问量 123456" + Tag("</td></tr></table>");
        }

        public string Table(TestTable table, AnnualReport? applications)
        {
            var sb = new StringBuilder(Tag("<table border=\"1\" cellspacing=\"0\">"));
            var blankTotals = applications is not null && quirks.HasFlag(HtmlQuirks.BlankOutcomeTotals);
            var rows = quirks.HasFlag(HtmlQuirks.PlaceholderCells) ? Placeholders(table) : table.Rows;
            foreach (var row in rows)
            {
                sb.Append(Tag("<tr>"));
                var outcome = blankTotals && row.Any(c => c.Text.Length > 0 && IsOutcomeLabel(applications!, c.Text));
                for (var i = 0; i < row.Count; i++)
                {
                    var cell = row[i];
                    var text = outcome && i == row.Count - 1 ? "" : cell.Text;
                    sb.Append(Tag("<td")).Append(Spans(cell)).Append('>').Append(Cell(text)).Append(Tag("</td>"));
                }

                sb.Append(Tag("</tr>"));
            }

            return sb.Append(Tag("</table>")).ToString();
        }

        private static bool IsOutcomeLabel(AnnualReport report, string text) =>
            report.Definition.ApplicationRows.Any(r => r.Kind == ApplicationRowKind.Outcome && r.Label == text);

        private string Spans(TestCell cell) =>
            (cell.RowSpan > 1 ? Tag(" rowspan=\"") + cell.RowSpan.ToString(CultureInfo.InvariantCulture) + "\"" : "")
            + (cell.ColSpan > 1 ? Tag(" colspan=\"") + cell.ColSpan.ToString(CultureInfo.InvariantCulture) + "\"" : "");

        private string Cell(string text)
        {
            if (text.Length == 0)
            {
                return quirks.HasFlag(HtmlQuirks.Spaces) ? "&nbsp;" : "";
            }

            return char.IsAsciiDigit(text[0]) ? Number(text) : Label(text);
        }

        private string Number(string text) =>
            quirks.HasFlag(HtmlQuirks.FontWrappers) ? Tag("<font face=\"宋体\" size=\"2\">") + text + Tag("</font>") : text;

        public string Label(string text)
        {
            if (quirks.HasFlag(HtmlQuirks.AsciiParentheses))
            {
                text = text.Replace('（', '(').Replace('）', ')');
            }

            var parts = text.Length >= 8 && (quirks.HasFlag(HtmlQuirks.BreaksInLabels) || quirks.HasFlag(HtmlQuirks.FontWrappers))
                ? [text[..(text.Length / 2)], text[(text.Length / 2)..]]
                : new[] { text };
            var encoded = parts.Select(p => WebUtility.HtmlEncode(p)).ToArray();
            if (quirks.HasFlag(HtmlQuirks.Spaces))
            {
                encoded[0] = "\u3000\u3000" + encoded[0].Replace("、", "、&nbsp;", StringComparison.Ordinal);
            }

            if (quirks.HasFlag(HtmlQuirks.FontWrappers))
            {
                encoded = [.. encoded.Select(p => Tag("<span style=\"font-family:宋体\">") + p + Tag("</span>"))];
            }

            var joined = string.Join(quirks.HasFlag(HtmlQuirks.BreaksInLabels) ? Tag("<br>") : "", encoded);
            return quirks.HasFlag(HtmlQuirks.FontWrappers) ? Tag("<FONT size=\"2\">") + joined + Tag("</FONT>") : joined;
        }

        /// <summary>The full grid, each covered slot an empty cell of its own.</summary>
        private static List<List<TestCell>> Placeholders(TestTable table) =>
            [.. table.Grid().Select(row => row.Select(slot => slot is { Origin: true } s ? new TestCell(s.Text) : new TestCell("")).ToList())];

        private static string UpperTags(string html)
        {
            // Tag names and attribute names only: "<td colspan=\"2\">" becomes "<TD COLSPAN=\"2\">"; values stay.
            var sb = new StringBuilder(html.Length);
            var inTag = false;
            var inValue = false;
            foreach (var c in html)
            {
                inTag = c == '<' || (inTag && c != '>');
                inValue = inTag && (c == '"' ? !inValue : inValue);
                sb.Append(inTag && !inValue ? char.ToUpperInvariant(c) : c);
            }

            return sb.ToString();
        }
    }
}
