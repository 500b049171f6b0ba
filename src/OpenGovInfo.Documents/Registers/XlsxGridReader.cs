using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenGovInfo.Documents.Attachments;
using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Documents.Registers;

/// <summary>
/// Reads the first worksheet of an XLSX into a grid, one array per spreadsheet row (gaps filled with blank rows so
/// row numbers match what the user sees in Excel). The package passes the same zip-bomb checks as attachments
/// before the OpenXML SDK touches it.
/// </summary>
internal static class XlsxGridReader
{
    internal static (List<string[]>? Grid, ImportIssue? Issue) Read(byte[] content)
    {
        var (kind, refusal) = OfficePackageInspector.Inspect(content, AttachmentLimits.Default);
        if (refusal is not null)
        {
            return (null, RegisterFileReader.FileIssue(refusal.Message));
        }

        if (kind != AttachmentKind.Xlsx)
        {
            return (null, RegisterFileReader.FileIssue("不是 XLSX 表格文件"));
        }

        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), isEditable: false);
            return ReadFirstSheet(document);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or InvalidOperationException
                                      or System.Xml.XmlException or FormatException)
        {
            // A damaged workbook is an expected upload outcome, reported like any other file problem.
            return (null, RegisterFileReader.FileIssue("XLSX 文件已损坏，无法读取"));
        }
    }

    private static (List<string[]>? Grid, ImportIssue? Issue) ReadFirstSheet(SpreadsheetDocument document)
    {
        var book = document.WorkbookPart;
        var sheet = book?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (book is null || sheet?.Id?.Value is not { } id || book.GetPartById(id) is not WorksheetPart part)
        {
            return (null, RegisterFileReader.FileIssue("XLSX 文件中没有工作表"));
        }

        var cells = new XlsxCellReader(book);
        var grid = new List<string[]>();
        foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            var rowNumber = row.RowIndex?.Value is { } index ? (int)index : grid.Count + 1;
            while (grid.Count < rowNumber - 1)
            {
                grid.Add([]);
            }

            grid.Add(ReadRow(row, cells));
        }

        return (grid, null);
    }

    private static string[] ReadRow(Row row, XlsxCellReader cells)
    {
        var values = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : values.Count;
            while (values.Count < column)
            {
                values.Add("");
            }

            values.Add(cells.Text(cell));
        }

        return [.. values];
    }

    /// <summary>"C7" → 2 (zero-based).</summary>
    internal static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
