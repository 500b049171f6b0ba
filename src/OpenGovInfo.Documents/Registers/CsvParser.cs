using System.Globalization;
using System.Text;
using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Documents.Registers;

/// <summary>
/// RFC 4180 CSV: comma-separated fields, fields in double quotes may hold commas, line breaks and doubled quotes.
/// Lenient where Excel is (CR, LF or CRLF line ends; a quote inside an unquoted field is literal); an unclosed
/// quote is an error, because everything after it would silently become one cell.
/// </summary>
internal sealed class CsvParser
{
    private readonly string text;
    private readonly RegisterFileLimits limits;
    private readonly List<string[]> records = [];
    private readonly List<string> fields = [];
    private readonly StringBuilder field = new();
    private bool quoted;
    private bool fieldStarted;

    private CsvParser(string text, RegisterFileLimits limits) => (this.text, this.limits) = (text, limits);

    internal static (List<string[]>? Grid, ImportIssue? Issue) Parse(string text, RegisterFileLimits? limits = null) =>
        new CsvParser(text, limits ?? RegisterFileLimits.Default).Run();

    private (List<string[]>? Grid, ImportIssue? Issue) Run()
    {
        for (var i = 0; i < text.Length; i++)
        {
            i = quoted ? InQuotes(i) : Unquoted(i);
            // A 10 MB file of line breaks or commas is millions of records or fields: stop at the limits (with room
            // for blank lines at the end, which the table trims) instead of allocating them all.
            if (records.Count > (2L * limits.MaxRows) + 1000 || fields.Count > limits.MaxColumns * 2)
            {
                return (null, new ImportIssue(0, "", string.Create(CultureInfo.InvariantCulture,
                    $"CSV 文件的行数或列数远超上限（{limits.MaxRows} 行、{limits.MaxColumns} 列），请拆分后再导入")));
            }
        }

        if (quoted)
        {
            var row = records.Count + 1;
            return (null, new ImportIssue(row, "", string.Create(CultureInfo.InvariantCulture, $"第 {row} 行的引号没有闭合")));
        }

        if (fields.Count > 0 || fieldStarted)
        {
            EndRecord();
        }

        return (records, null);
    }

    /// <summary>Consumes the character at <paramref name="i"/> inside quotes; returns the last index consumed.</summary>
    private int InQuotes(int i)
    {
        if (text[i] != '"')
        {
            field.Append(text[i]);
        }
        else if (i + 1 < text.Length && text[i + 1] == '"')
        {
            field.Append('"');
            return i + 1;
        }
        else
        {
            quoted = false;
        }

        return i;
    }

    private int Unquoted(int i)
    {
        switch (text[i])
        {
            case '"' when !fieldStarted:
                quoted = fieldStarted = true;
                break;
            case ',':
                EndField();
                fieldStarted = false;
                break;
            case '\r' or '\n':
                EndRecord();
                return text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 1 : i;
            default:
                field.Append(text[i]);
                fieldStarted = true;
                break;
        }

        return i;
    }

    private void EndField()
    {
        fields.Add(field.ToString());
        field.Clear();
    }

    private void EndRecord()
    {
        EndField();
        records.Add([.. fields]);
        fields.Clear();
        fieldStarted = false;
    }
}
