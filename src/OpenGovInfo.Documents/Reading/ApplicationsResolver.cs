using System.Globalization;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Settles Table 3 rows whose digits split in several ways, using only the table's own arithmetic: first the row
/// rule T3-3 (总计 = the six applicant columns), then the column rules T3-1/T3-2 across the rows still open.
/// A cell is kept only when every best-fitting combination gives it the same value; otherwise it stays null with
/// a READ finding. Published errors are never repaired: a row with a single split keeps it whatever the rules say.
/// </summary>
internal static class ApplicationsResolver
{
    private const int MaxCombinations = 4096;

    /// <summary>Writes the resolved rows into the report.</summary>
    public static void Resolve(AnnualReport report, RowReading?[] readings)
    {
        var rows = report.Definition.ApplicationRows;
        foreach (var reading in readings)
        {
            if (reading is { Truncated: false, Candidates.Count: > 1 })
            {
                var fitting = reading.Candidates.Where(RowTotalHolds).ToList();
                if (fitting.Count > 0)
                {
                    reading.Candidates = fitting;
                }
            }
        }

        var resolved = readings.Select(r => r?.Single).ToArray();
        ResolveByColumns(report.Definition, readings, resolved);
        for (var i = 0; i < rows.Count; i++)
        {
            Write(report, rows[i].Code, readings[i], resolved[i]);
        }
    }

    private static void Write(AnnualReport report, string code, RowReading? reading, decimal?[]? cells)
    {
        var where = $"applications.{code}";
        if (reading is null)
        {
            ReportTables.Applications(report).SetRow(code, null);
            report.Findings.Add(ReadFindings.Unread(where, "未找到本行", null));
            return;
        }

        var row = new int?[TableLayouts.ColumnCount];
        for (var c = 0; c < row.Length; c++)
        {
            var value = cells?[c];
            row[c] = value is { } v && v == decimal.Truncate(v) && v <= int.MaxValue ? (int)v : null;
        }

        ReportTables.Applications(report).SetRow(code, row);
        if (row.Any(v => v is null))
        {
            var why = BlankTotalReason(reading, row) ?? (reading.Single is not null
                ? $"本行有空白单元格（“{reading.Raw}”）"
                : ReadFindings.Ambiguous(reading.Raw, reading.Truncated ? 0 : reading.Candidates.Count));
            report.Findings.Add(ReadFindings.Unread(where, why, reading.Place));
        }
    }

    /// <summary>Why 总计 is null when it was printed blank and the six applicant cells were read.</summary>
    private static string? BlankTotalReason(RowReading reading, int?[] row)
    {
        if (reading.BlankTotal is null || row[TableLayouts.TotalColumn] is not null
            || row.Take(TableLayouts.TotalColumn).Any(v => v is null))
        {
            return null;
        }

        var sum = row.Take(TableLayouts.TotalColumn).Sum(v => (long)(v ?? 0)); // none is null: checked above
        return string.Create(CultureInfo.InvariantCulture, $"总计栏空白（“{reading.Raw}”只有六个数，按申请人六栏读取），本行六栏之和为 {sum}");
    }

    private static bool RowTotalHolds(decimal?[] cells)
    {
        if (cells.Any(v => v is null))
        {
            return true;
        }

        return cells.Take(TableLayouts.TotalColumn).Sum(v => v ?? 0) == cells[TableLayouts.TotalColumn]; // none is null: checked above
    }

    private static void ResolveByColumns(AnnualReportFormat format, RowReading?[] readings, decimal?[]?[] resolved)
    {
        // The rows still open: read, not cut short, and with more than one candidate.
        var open = new List<(int Row, RowReading Reading)>();
        for (var i = 0; i < readings.Length; i++)
        {
            if (readings[i] is { Truncated: false, Candidates.Count: > 1 } reading)
            {
                open.Add((i, reading));
            }
        }

        if (open.Count == 0)
        {
            return;
        }

        long combinations = 1;
        foreach (var (_, reading) in open)
        {
            combinations *= reading.Candidates.Count;
            if (combinations > MaxCombinations)
            {
                return;
            }
        }

        var best = BestCombinations(format, resolved, open, (int)combinations);
        for (var slot = 0; slot < open.Count; slot++)
        {
            var (row, reading) = open[slot];
            var choiceSlot = slot;
            resolved[row] = Agreed(best.Select(choice => reading.Candidates[choice[choiceSlot]]));
        }
    }

    private static List<int[]> BestCombinations(AnnualReportFormat format, decimal?[]?[] resolved,
        List<(int Row, RowReading Reading)> open, int combinations)
    {
        var best = new List<int[]>();
        var bestScore = -1;
        var trial = (decimal?[]?[])resolved.Clone();
        for (var n = 0; n < combinations; n++)
        {
            var choice = new int[open.Count];
            var rest = n;
            for (var s = 0; s < open.Count; s++)
            {
                var (row, reading) = open[s];
                var count = reading.Candidates.Count;
                choice[s] = rest % count;
                rest /= count;
                trial[row] = reading.Candidates[choice[s]];
            }

            var score = ColumnRules.Satisfied(format, trial);
            if (score > bestScore)
            {
                best.Clear();
                bestScore = score;
            }

            if (score == bestScore)
            {
                best.Add(choice);
            }
        }

        return best;
    }

    /// <summary>The cells on which every candidate agrees (others null).</summary>
    private static decimal?[] Agreed(IEnumerable<decimal?[]> candidates)
    {
        decimal?[]? result = null;
        foreach (var candidate in candidates)
        {
            if (result is null)
            {
                result = (decimal?[])candidate.Clone();
                continue;
            }

            for (var c = 0; c < result.Length; c++)
            {
                if (result[c] != candidate[c])
                {
                    result[c] = null;
                }
            }
        }

        return result ?? new decimal?[TableLayouts.ColumnCount];
    }
}
