using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// A minimal XLSX writer on DocumentFormat.OpenXml (inline strings and numbers). ClosedXML 0.95.4 — the only
/// version served here — fails at start-up (InvalidProgramException in XLWorkbook's static constructor) against
/// the DocumentFormat.OpenXml 3.3.0 the solution uses, so the workbook is written with OpenXml directly.
/// </summary>
internal sealed class XlsxSheetWriter : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly Sheets sheets;
    private uint nextId = 1;

    /// <summary>Creates the file.</summary>
    public XlsxSheetWriter(string path)
    {
        document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        sheets = workbookPart.Workbook.AppendChild(new Sheets());
    }

    /// <summary>Adds a sheet with rows of cells (string, number or null).</summary>
    public void AddSheet(string name, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var part = document.WorkbookPart!.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var values in rows)
        {
            var row = new Row();
            foreach (var value in values)
            {
                row.AppendChild(Cell(value));
            }

            data.AppendChild(row);
        }

        part.Worksheet = new Worksheet(data);
        sheets.AppendChild(new Sheet { Id = document.WorkbookPart.GetIdOfPart(part), SheetId = nextId++, Name = name });
    }

    /// <inheritdoc />
    public void Dispose() => document.Dispose();

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        int or long or decimal or double => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture)),
        },
        _ => new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "")
            {
                Space = SpaceProcessingModeValues.Preserve,
            }),
        },
    };
}
