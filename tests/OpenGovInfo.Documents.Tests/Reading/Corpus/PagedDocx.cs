using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Tests.Reading.Corpus;

/// <summary>
/// A Word document as an office prints a report: a running header (the report's title) and a bare page number in
/// the footer on every page, as much narrative as it takes for the tables to run across a page break, and table header rows NOT
/// marked to repeat (Word's and LibreOffice's default). LibreOffice turns it into the PDF of the page-break family.
/// </summary>
internal static class PagedDocx
{
    public static byte[] Write(AnnualReport report, bool blankOutcomeTotals, int narrativeParagraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Paragraph(report.Title));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));
            var body = new Body();
            body.AppendChild(Paragraph(report.Title));
            body.AppendChild(Paragraph("一、总体情况"));
            for (var i = 0; i < narrativeParagraphs; i++)
            {
                body.AppendChild(Paragraph("本机关坚持以公开为常态、不公开为例外，认真落实《中华人民共和国政府信息公开条例》，"
                    + "围绕中心工作做好主动公开、依申请公开、政府信息管理和平台建设等各项工作，切实保障人民群众的知情权、参与权和监督权。"));
            }

            foreach (var (heading, table) in NationalTables.Build(report))
            {
                body.AppendChild(Paragraph(heading));
                body.AppendChild(WordTable(table, blankOutcomeTotals ? report : null));
            }

            body.AppendChild(Paragraph("五、存在的主要问题及改进情况"));
            body.AppendChild(Paragraph("一是公开内容的全面性有待提高；二是解读形式较为单一。"));
            body.AppendChild(Paragraph("六、其他需要报告的事项"));
            body.AppendChild(Paragraph("本年度未收取信息处理费。"));
            body.AppendChild(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1200, Right = 1200, Header = 720, Footer = 720 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Table WordTable(TestTable table, AnnualReport? blankTotalsOf)
    {
        var grid = table.Grid();
        var widths = ColumnWidths(grid[0].Length);
        var word = new Table(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })),
            new TableProperties(
            new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        foreach (var gridRow in grid)
        {
            var row = new TableRow();
            var outcome = blankTotalsOf is not null && gridRow.Any(s => s is { } x && IsOutcome(blankTotalsOf, x.Text));
            for (var c = 0; c < gridRow.Length; c++)
            {
                if (gridRow[c] is not { } slot || (c > 0 && gridRow[c - 1] is { } left && ReferenceEquals(left.Cell, slot.Cell)))
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

                var text = slot.Origin && !(outcome && c == gridRow.Length - 1) ? slot.Text : "";
                row.AppendChild(new TableCell(properties, Paragraph(text, TableFontHalfPoints)));
            }

            word.AppendChild(row);
        }

        return word;
    }

    /// <summary>Column widths in twips as an author sets them: label columns wide enough for a line of a label.</summary>
    private static int[] ColumnWidths(int columns) => columns switch
    {
        10 => [600, 1100, 2300, 800, 800, 800, 800, 800, 800, 800],
        4 => [3100, 2100, 2100, 2100],
        _ => [.. Enumerable.Repeat(9400 / columns, columns)],
    };

    private static bool IsOutcome(AnnualReport report, string text) =>
        report.Definition.ApplicationRows.Any(r => r.Kind == ApplicationRowKind.Outcome && r.Label == text);

    /// <summary>9 pt, as offices set tables so that four-digit counts fit their columns.</summary>
    private const string TableFontHalfPoints = "18";

    private static Paragraph Paragraph(string text, string? halfPoints = null) =>
        new(new Run(
            halfPoints is null ? new RunProperties() : new RunProperties(new FontSize { Val = halfPoints }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
