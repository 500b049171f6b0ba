using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenGovInfo.Documents.Registers;

/// <summary>
/// The text of a cell as the validator expects it: shared and inline strings as written, numbers as invariant
/// strings (15 significant digits, as Excel shows them), and numbers formatted as dates — Excel stores dates as
/// serial day numbers — as ISO <c>yyyy-MM-dd</c>.
/// </summary>
internal sealed class XlsxCellReader
{
    // Built-in number formats that are dates: 14–22 and 45–47 everywhere, 27–36 and 50–58 in Chinese Excel.
    private static readonly HashSet<uint> BuiltInDateFormats =
        [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];

    private readonly string[] sharedStrings;
    private readonly bool[] dateStyles;

    internal XlsxCellReader(WorkbookPart book)
    {
        sharedStrings = book.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
            .Select(TextOf).ToArray() ?? [];
        dateStyles = DateStyles(book.WorkbookStylesPart?.Stylesheet);
    }

    internal string Text(Cell cell)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Length
                ? sharedStrings[i] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.Text?.Text ?? string.Concat(cell.InlineString?.Elements<Run>().Select(r => r.Text?.Text) ?? []);
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.Date)
        {
            return raw.Length >= 10 ? raw[..10] : raw;
        }

        return type is null || type == CellValues.Number ? Number(raw, IsDateStyle(cell)) : raw;
    }

    private bool IsDateStyle(Cell cell) => cell.StyleIndex?.Value is { } s && s < dateStyles.Length && dateStyles[s];

    private static string Number(string raw, bool isDate)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return raw;
        }

        // OLE Automation dates cover 0100-01-01 to 9999-12-31; outside that the serial is just a number.
        return isDate && value is >= 1 and < 2958466
            ? DateTime.FromOADate(value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("G15", CultureInfo.InvariantCulture);
    }

    private static string TextOf(SharedStringItem item) =>
        item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    private static bool[] DateStyles(Stylesheet? styles)
    {
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId?.Value ?? 0, f => IsDateFormatCode(f.FormatCode?.Value ?? "")) ?? [];
        return styles?.CellFormats?.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value is { } id && (BuiltInDateFormats.Contains(id) || custom.GetValueOrDefault(id)))
            .ToArray() ?? [];
    }

    /// <summary>A custom format is a date when, outside quoted text and [..] sections, it has a year or day part.</summary>
    internal static bool IsDateFormatCode(string code)
    {
        var inQuotes = false;
        var inBrackets = false;
        foreach (var c in code)
        {
            (inQuotes, inBrackets) = c switch
            {
                '"' when !inBrackets => (!inQuotes, inBrackets),
                '[' when !inQuotes => (inQuotes, true),
                ']' when !inQuotes => (inQuotes, false),
                _ => (inQuotes, inBrackets),
            };
            if (!inQuotes && !inBrackets && c is 'y' or 'Y' or 'd' or 'D')
            {
                return true;
            }
        }

        return false;
    }
}
