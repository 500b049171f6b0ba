using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenGovInfo.Documents.Attachments;
using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Documents.Registers;

/// <summary>
/// Reads the first worksheet of an XLSX into a grid, one array per spreadsheet row (gaps filled with blank rows so
/// row numbers match what the user sees in Excel). The package passes the same zip-bomb checks as attachments
/// before the OpenXML SDK touches it, and a row number or column reference beyond the limits is refused before any
/// row or cell is allocated for it: a 1 KB sheet may name row 100000000 or column ZZZZZ.
/// </summary>
internal static class XlsxGridReader
{
    internal static (List<string[]>? Grid, ImportIssue? Issue) Read(byte[] content, RegisterFileLimits limits)
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
            return ReadFirstSheet(document, limits);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or InvalidOperationException
                                      or System.Xml.XmlException or FormatException)
        {
            // A damaged workbook is an expected upload outcome, reported like any other file problem.
            return (null, RegisterFileReader.FileIssue("XLSX 文件已损坏，无法读取"));
        }
    }

    private static (List<string[]>? Grid, ImportIssue? Issue) ReadFirstSheet(SpreadsheetDocument document, RegisterFileLimits limits)
    {
        var book = document.WorkbookPart;
        var sheet = book?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (book is null || sheet?.Id?.Value is not { } id || book.GetPartById(id) is not WorksheetPart part)
        {
            return (null, RegisterFileReader.FileIssue("XLSX 文件中没有工作表"));
        }

        var cells = new XlsxCellReader(book);
        var grid = new List<string[]>();
        // The header row plus MaxRows data rows. Excel writes styled but empty rows and cells far out (r="1048576",
        // "XFD1"): those are skipped without allocating the gap; only content beyond the limits is refused.
        var lastRow = (long)limits.MaxRows + 1;
        foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            long rowNumber = row.RowIndex?.Value is { } index ? index : grid.Count + 1L;
            var (values, issue) = ReadRow(row, rowNumber, cells, limits);
            if (values is null)
            {
                return (null, issue);
            }

            if (rowNumber > lastRow)
            {
                if (values.All(v => v.Length == 0))
                {
                    continue;
                }

                return (null, RegisterFileReader.FileIssue(
                    Invariant($"XLSX 文件第 {rowNumber} 行有内容，超出行数上限（表头加 {limits.MaxRows} 行数据）")));
            }

            while (grid.Count < rowNumber - 1)
            {
                grid.Add([]);
            }

            grid.Add(values);
        }

        return (grid, null);
    }

    private static (string[]? Values, ImportIssue? Issue) ReadRow(Row row, long rowNumber, XlsxCellReader cells, RegisterFileLimits limits)
    {
        var values = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : values.Count;
            if (column >= limits.MaxColumns)
            {
                if (cells.Text(cell).Length == 0)
                {
                    continue;
                }

                var where = Shorten(cell.CellReference?.Value ?? "");
                return (null, new ImportIssue((int)Math.Min(rowNumber, int.MaxValue), "",
                    Invariant($"第 {rowNumber} 行的单元格 {where} 有内容，超出列数上限（{limits.MaxColumns} 列）")));
            }

            while (values.Count < column)
            {
                values.Add("");
            }

            values.Add(cells.Text(cell));
        }

        return ([.. values], null);
    }

    /// <summary>
    /// "C7" → 2 (zero-based). Counting stops once the index passes Excel's last column (XFD = 16 384), so a reference
    /// of any length can neither overflow nor cost more than a few steps; such a column is beyond every limit anyway.
    /// </summary>
    internal static int ColumnIndex(string reference)
    {
        const int PastLastColumn = 16_384 + 1;
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > PastLastColumn)
            {
                return PastLastColumn;
            }
        }

        return index - 1;
    }

    private static string Shorten(string reference) => reference.Length <= 12 ? reference : reference[..12] + "…";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
