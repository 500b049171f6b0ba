using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenGovInfo.Documents.Tests.Registers;

/// <summary>
/// Builds a real XLSX with the OpenXML SDK: strings go to the shared-string table, DateOnly values are stored as
/// Excel serial numbers with a date number format (built-in 14, or a Chinese custom format), doubles as numbers.
/// </summary>
internal static class XlsxBuilder
{
    internal static byte[] Build(params object?[][] rows) => Build(rows.Select((r, i) => ((uint)(i + 1), r)).ToArray());

    internal static byte[] Build(params (uint RowIndex, object?[] Cells)[] rows)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook();
            AddStyles(book);
            var strings = new SharedStringTable();
            book.AddNewPart<SharedStringTablePart>().SharedStringTable = strings;
            var data = new SheetData();
            foreach (var (index, cells) in rows)
            {
                data.AppendChild(RowOf(index, cells, strings));
            }

            var first = book.AddNewPart<WorksheetPart>();
            first.Worksheet = new Worksheet(data);
            var second = book.AddNewPart<WorksheetPart>();
            second.Worksheet = new Worksheet(new SheetData(RowOf(1, ["不应读取的第二个工作表"], strings)));
            book.Workbook.AppendChild(new Sheets(
                new Sheet { Id = book.GetIdOfPart(first), SheetId = 1, Name = "登记表" },
                new Sheet { Id = book.GetIdOfPart(second), SheetId = 2, Name = "说明" }));
        }

        return stream.ToArray();
    }

    private static Row RowOf(uint index, object?[] cells, SharedStringTable strings)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c] is null)
            {
                continue;
            }

            var cell = new Cell { CellReference = $"{(char)('A' + c)}{index}" };
            Fill(cell, cells[c]!, strings);
            row.AppendChild(cell);
        }

        return row;
    }

    private static void Fill(Cell cell, object value, SharedStringTable strings)
    {
        switch (value)
        {
            case string s:
                strings.AppendChild(new SharedStringItem(new Text(s)));
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue((strings.ChildElements.Count - 1).ToString(CultureInfo.InvariantCulture));
                break;
            case DateOnly d:
                cell.StyleIndex = 1;
                cell.CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));
                break;
            case (DateOnly d, "custom"):
                cell.StyleIndex = 2;
                cell.CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));
                break;
            case double n:
                cell.CellValue = new CellValue(n.ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"unsupported cell value {value}", nameof(value));
        }
    }

    /// <summary>Style 0 = General, 1 = built-in date format 14, 2 = custom 中文 date format.</summary>
    private static void AddStyles(WorkbookPart book)
    {
        book.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 176, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" }),
            new Fonts(new Font()),
            new Fills(new Fill()),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat { NumberFormatId = 0 },
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 176, ApplyNumberFormat = true }));
    }
}
