using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Tests.Reading;

/// <summary>Builds HTML, DOCX and Markdown documents of a report in the tests (the lead's renderers are not on this branch).</summary>
internal static class TestDocuments
{
    public static string Html(AnnualReport report)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html><head><title>")
            .Append(report.Title).Append("</title><style>td{border:1px solid}</style><script>var page=3;</script></head><body>")
            .Append("<nav><a href='/'>首页</a> <a>2</a> <a>3</a> 第 4 页 共 12 页</nav><header>政务公开 2024年12月31日 访问量 12345</header>")
            .Append("<h1>").Append(report.Title).Append("</h1><p>一、总体情况</p><p>本机关2024年共收到申请12件。</p>");
        foreach (var (heading, table) in NationalTables.Build(report))
        {
            sb.Append("<h2>").Append(heading).Append("</h2><table>");
            foreach (var row in table.Rows)
            {
                sb.Append("<tr>");
                foreach (var cell in row)
                {
                    sb.Append("<td rowspan=\"").Append(cell.RowSpan).Append("\" colspan=\"").Append(cell.ColSpan).Append("\">")
                        .Append(WebUtility.HtmlEncode(cell.Text)).Append("</td>");
                }

                sb.Append("</tr>");
            }

            sb.Append("</table>");
        }

        return sb.Append("<p>五、存在的主要问题及改进情况</p><p>无。</p><p>六、其他需要报告的事项</p><p>无。</p>")
            .Append("<footer>联系电话 0591-23163261 版权所有 2024</footer></body></html>").ToString();
    }

    public static string Markdown(AnnualReport report)
    {
        var sb = new StringBuilder("# ").Append(report.Title).Append("\n\n## 一、总体情况\n\n概述。\n\n");
        foreach (var (heading, table) in NationalTables.Build(report))
        {
            sb.Append("## ").Append(heading).Append("\n\n");
            foreach (var row in table.Grid())
            {
                var labels = row.Where(c => c is { } x && !IsNumber(x.Text)).Select(c => c!.Value.Text).Distinct().ToList();
                var numbers = row.Where(c => c is { } x && (IsNumber(x.Text) || x.Text.Length == 0)).Select(c => c!.Value.Text).ToList();
                sb.Append("| ").Append(string.Join(" / ", labels)).Append(" | ").AppendJoin(" | ", numbers).Append(" |\n");
            }

            sb.Append('\n');
        }

        return sb.Append("## 五、存在的主要问题及改进情况\n\n无。\n\n## 六、其他需要报告的事项\n\n无。\n").ToString();
    }

    public static byte[] Docx(AnnualReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            body.AppendChild(Paragraph(report.Title));
            body.AppendChild(Paragraph("一、总体情况"));
            body.AppendChild(Paragraph("本机关认真落实条例。"));
            foreach (var (heading, table) in NationalTables.Build(report))
            {
                body.AppendChild(Paragraph(heading));
                body.AppendChild(WordTable(table));
            }

            body.AppendChild(Paragraph("五、存在的主要问题及改进情况"));
            body.AppendChild(Paragraph("六、其他需要报告的事项"));
            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Table WordTable(TestTable table)
    {
        var word = new Table();
        foreach (var gridRow in table.Grid())
        {
            var row = new TableRow();
            for (var c = 0; c < gridRow.Length; c++)
            {
                if (gridRow[c] is not { } slot)
                {
                    continue;
                }

                var first = c == 0 || gridRow[c - 1] is not { } left || !ReferenceEquals(left.Cell, slot.Cell);
                if (!first)
                {
                    continue;
                }

                var properties = new TableCellProperties();
                if (slot.Cell.ColSpan > 1)
                {
                    properties.AppendChild(new GridSpan { Val = slot.Cell.ColSpan });
                }

                if (slot.Cell.RowSpan > 1)
                {
                    properties.AppendChild(new VerticalMerge { Val = slot.Origin ? MergedCellValues.Restart : MergedCellValues.Continue });
                }

                row.AppendChild(new TableCell(properties, Paragraph(slot.Origin ? slot.Text : "")));
            }

            word.AppendChild(row);
        }

        return word;
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static bool IsNumber(string text) => text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c == '.');
}
