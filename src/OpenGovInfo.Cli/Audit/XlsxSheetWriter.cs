using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// A minimal XLSX writer on DocumentFormat.OpenXml: the package, workbook and sheet list come from the SDK, each
/// sheet's XML from <see cref="SheetXml"/> (so sheets can be built in parallel). ClosedXML 0.95.4 — the only version
/// served here — fails at start-up (InvalidProgramException in XLWorkbook's static constructor) against the
/// DocumentFormat.OpenXml 3.3.0 the solution uses, so the workbook is written with OpenXml directly.
/// </summary>
internal sealed class XlsxSheetWriter : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart workbookPart;
    private readonly Sheets sheets;
    private uint nextId = 1;

    /// <summary>Creates the file.</summary>
    public XlsxSheetWriter(string path)
    {
        document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        sheets = workbookPart.Workbook.AppendChild(new Sheets());
    }

    /// <summary>Adds a sheet with rows of cells (string, number or null).</summary>
    public void AddSheet(string name, IEnumerable<IReadOnlyList<object?>> rows) => AddSheet(name, SheetXml.Build(rows));

    /// <summary>Adds a sheet whose worksheet XML is already built.</summary>
    public void AddSheet(string name, byte[] worksheetXml)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        using (var data = new MemoryStream(worksheetXml, false))
        {
            part.FeedData(data);
        }

        sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = nextId++, Name = name });
    }

    /// <inheritdoc />
    public void Dispose() => document.Dispose();
}
