using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Reads Table 3 from the number runs of section 三. A run belongs to the row whose label the text before it ends
/// with; a run with no recognisable label continues after the last row read (labels out of order or split across
/// columns); a run of several whole rows (every cell on its own line) fills consecutive rows in print order.
/// </summary>
internal static class ApplicationsInterpreter
{
    private const int Columns = TableLayouts.ColumnCount;

    /// <summary>Fills <paramref name="report"/>'s Table 3 and adds READ findings.</summary>
    public static void Read(TokenContext context, AnnualReport report)
    {
        var rows = report.Definition.ApplicationRows;
        var matcher = FormatKeys.Of(report.Definition).Rows;
        var readings = new RowReading?[rows.Count];
        var cursor = -1;
        foreach (var i in context.NumbersIn(3))
        {
            var token = context.Tokens[i];
            var last = cursor;
            var row = matcher.Match(context.Labels[i] ?? "", r => r > last ? r - last : 1000 + r);
            if (row < 0 && cursor < 0)
            {
                continue; // numbers before any recognised row (narrative, headers): nothing to continue from
            }

            row = row < 0 ? cursor + 1 : row;

            cursor = Assign(token, row, readings) ?? cursor;
        }

        if (readings.All(r => r is null))
        {
            report.Applications = null;
            report.Findings.Add(ReadFindings.Unread("applications", "未找到表三（收到和处理政府信息公开申请情况）的数字", null));
            return;
        }

        ShortRows.Apply(report.Definition, readings);
        ApplicationsResolver.Resolve(report, readings);
    }

    /// <summary>Assigns a run to one row, or to several consecutive rows; returns the last row filled.</summary>
    private static int? Assign(ReadToken token, int row, RowReading?[] readings)
    {
        if (row >= readings.Length)
        {
            return null;
        }

        var chunks = token.Chunks;
        var wholeRows = chunks.Count > Columns && chunks.Count % Columns == 0 ? chunks.Count / Columns : 1;
        var filled = (int?)null;
        for (var k = 0; k < wholeRows && row + k < readings.Length; k++)
        {
            var part = wholeRows == 1 ? chunks : [.. chunks.Skip(k * Columns).Take(Columns).Select(c => c with { Exact = true })];
            if (readings[row + k] is null)
            {
                var (splits, truncated) = GluedDigitSplitter.Split(part, Columns);
                var raw = string.Join(' ', part.Select(c => c.Digits ?? "∅"));
                readings[row + k] = new RowReading(splits, truncated, raw, token.Place, part);
            }

            filled = row + k;
        }

        return filled;
    }
}
