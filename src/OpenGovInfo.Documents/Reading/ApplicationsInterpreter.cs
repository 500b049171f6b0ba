using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Reads Table 3 from the number runs of section 三. A run belongs to the row whose label the text before it ends
/// with; a run with no recognisable label continues after the last row read (labels out of order or split across
/// columns); a run of several whole rows (every cell on its own line) fills consecutive rows in print order.
/// </summary>
internal static class ApplicationsInterpreter
{
    private static readonly int Columns = TableLayouts.ColumnCount;

    /// <summary>Fills <paramref name="report"/>'s Table 3 and adds READ findings; the subtotals a variant layout
    /// prints (<see cref="SubtotalLayout"/>) go to <paramref name="subtotals"/>.</summary>
    public static void Read(TokenContext context, AnnualReport report, List<PrintedSubtotal> subtotals)
    {
        var rows = report.Definition.ApplicationRows;
        var matcher = FormatKeys.Of(report.Definition).Rows;
        var readings = new RowReading?[rows.Count];
        var wide = SubtotalLayout.HasSubtotalColumn(context);
        var cursor = -1;
        foreach (var i in context.NumbersIn(3))
        {
            var token = context.Tokens[i];
            var (chunks, printedSubtotals) = wide ? SubtotalLayout.Split(token.Chunks) : (token.Chunks, []);
            if (cursor >= 0 && SubtotalLayout.CategoryRow(report.Definition, context.Labels[i] ?? "", cursor) is { } category)
            {
                // A category's own row is not one of the canonical rows: read into them, it would shift every
                // item of the category one row down.
                subtotals.AddRange(SubtotalLayout.OfCategoryRow(category, chunks, printedSubtotals.Count == 1 ? printedSubtotals[0] : null, token.Place));
                continue;
            }

            var last = cursor;
            var row = matcher.Match(context.Labels[i] ?? "", r => r > last ? r - last : 1000 + r);
            if (row < 0 && cursor < 0)
            {
                continue; // numbers before any recognised row (narrative, headers): nothing to continue from
            }

            row = row < 0 ? cursor + 1 : row;

            var filled = Assign(chunks, token.Place, row, readings);
            for (var k = 0; k < filled.Count && k < printedSubtotals.Count; k++)
            {
                if (filled[k].New)
                {
                    subtotals.Add(SubtotalLayout.Of(rows[filled[k].Row].Code, printedSubtotals[k], token.Place));
                }
            }

            cursor = filled.Count > 0 ? filled[^1].Row : cursor;
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

    /// <summary>Assigns a run to one row, or to several consecutive rows; returns, for each whole row of the run
    /// inside the table, its row and whether this run read it (false when it had been read already).</summary>
    private static List<(int Row, bool New)> Assign(IReadOnlyList<NumberChunk> chunks, SourcePlace place, int row, RowReading?[] readings)
    {
        var filled = new List<(int Row, bool New)>();
        if (row >= readings.Length)
        {
            return filled;
        }

        var wholeRows = chunks.Count > Columns && chunks.Count % Columns == 0 ? chunks.Count / Columns : 1;
        for (var k = 0; k < wholeRows && row + k < readings.Length; k++)
        {
            var part = wholeRows == 1 ? chunks : [.. chunks.Skip(k * Columns).Take(Columns).Select(c => c with { Exact = true })];
            var isNew = readings[row + k] is null;
            if (isNew)
            {
                var (splits, truncated) = GluedDigitSplitter.Split(part, Columns);
                var raw = string.Join(' ', part.Select(c => c.Digits ?? "∅"));
                readings[row + k] = new RowReading(splits, truncated, raw, place, part);
            }

            filled.Add((row + k, isNew));
        }

        return filled;
    }
}
