using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenGovInfo.Documents.Spreadsheets;

/// <summary>
/// Writes one table as a one-sheet XLSX with DocumentFormat.OpenXml (ClosedXML 0.95.4, the only version served,
/// fails against the OpenXml 3.3.0 the solution uses). Cells are strings (inline, so no shared-string table),
/// integers, decimals, <see cref="Percent"/> or null (left empty); the header row is frozen and bold.
/// </summary>
public static class XlsxTableWriter
{
    private const uint BoldStyle = 1;
    private const uint PercentStyle = 2;

    /// <summary>The workbook's bytes.</summary>
    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.AppendChild(Row(1, header.Cast<object?>().ToList(), BoldStyle));
            uint index = 2;
            foreach (var row in rows)
            {
                data.AppendChild(Row(index++, row, null));
            }

            // The header stays visible while scrolling a long comparison.
            var views = new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 });
            sheetPart.Worksheet = new Worksheet(views, data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
        }

        return stream.ToArray();
    }

    private static Row Row(uint index, IReadOnlyList<object?> values, uint? style)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Count; c++)
        {
            var reference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture);
            Cell? cell = values[c] switch
            {
                null => null,
                string s => new Cell(new InlineString(new Text(s) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString },
                Percent p => new Cell(new CellValue(p.Value.ToString(CultureInfo.InvariantCulture))) { StyleIndex = PercentStyle },
                // !: Convert.ToString of a number is never null.
                int or long or decimal or double => new Cell(new CellValue(Convert.ToString(values[c], CultureInfo.InvariantCulture)!)),
                var other => throw new ArgumentException($"Unsupported cell value {other.GetType().Name}.", nameof(values)),
            };
            if (cell is null)
            {
                continue;
            }

            cell.CellReference = reference;
            if (style is { } s2)
            {
                cell.StyleIndex = s2;
            }

            row.AppendChild(cell);
        }

        return row;
    }

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Style 0 default, 1 bold (header), 2 built-in number format 0.00% (id 10).</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }) { Count = 3 });
}
