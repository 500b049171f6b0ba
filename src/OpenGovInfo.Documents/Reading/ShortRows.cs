using System.Globalization;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Rows printed short. A run of two to six separated numbers for the seven cells of Table 3 means either cells
/// glued together or cells left blank (or cut off); nothing in the text says which, so a reading that cuts a
/// printed number apart is believed only when the row's own total (T3-3) confirms it — otherwise a neighbouring
/// value would be shifted into the 总计 column. (A row printed as one glued run, innerText style, is left to the
/// usual arithmetic: there every reading cuts.) When most outcome rows print six numbers (the 2019 trial-format habit of leaving
/// 总计 blank on outcome rows), the six numbers are the six applicant columns and 总计 is unknown (null, with a
/// READ finding that gives the row's sum).
/// </summary>
internal static class ShortRows
{
    private static readonly int Short = TableLayouts.ColumnCount - 1;
    private const int MinPatternRows = 3;

    /// <summary>Narrows the candidates of short rows and adds the blank-total reading where the document shows the habit.</summary>
    public static void Apply(AnnualReportFormat format, RowReading?[] readings)
    {
        var rows = format.ApplicationRows;
        var shortOutcomes = 0;
        var fullOutcomes = 0;
        for (var i = 0; i < readings.Length; i++)
        {
            if (readings[i] is not { Truncated: false } reading)
            {
                continue;
            }

            var outcome = rows[i].Kind == ApplicationRowKind.Outcome;
            if (reading.Chunks.Count > 1 && reading.Chunks.Count < TableLayouts.ColumnCount)
            {
                reading.Candidates = [.. reading.Candidates.Where(TotalConfirms)];
            }

            if (reading.Chunks.Count == Short)
            {
                shortOutcomes += outcome ? 1 : 0;
            }
            else if (reading.Chunks.Count == TableLayouts.ColumnCount)
            {
                fullOutcomes += outcome ? 1 : 0;
            }
        }

        if (shortOutcomes < MinPatternRows || shortOutcomes <= fullOutcomes)
        {
            return;
        }

        for (var i = 0; i < readings.Length; i++)
        {
            if (rows[i].Kind == ApplicationRowKind.Outcome && readings[i] is { Truncated: false } reading && reading.Chunks.Count == Short
                && Applicants(reading.Chunks) is { } blankTotal)
            {
                reading.BlankTotal = blankTotal;
                reading.Candidates.Add(blankTotal);
            }
        }
    }

    /// <summary>A cut reading whose row total holds (all seven cells known and 总计 = the sum of the six).</summary>
    private static bool TotalConfirms(decimal?[] cells) =>
        cells.All(v => v is not null) && cells.Take(TableLayouts.TotalColumn).Sum(v => v ?? 0) == cells[TableLayouts.TotalColumn];

    /// <summary>The six chunks as the six applicant columns and a blank total; null when a chunk is not one number.</summary>
    private static decimal?[]? Applicants(IReadOnlyList<NumberChunk> chunks)
    {
        var cells = new decimal?[TableLayouts.ColumnCount];
        for (var c = 0; c < chunks.Count; c++)
        {
            var digits = chunks[c].Digits;
            if (digits is null)
            {
                continue;
            }

            if ((digits.Length > 1 && digits[0] == '0' && digits[1] != '.')
                || !decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            cells[c] = value;
        }

        return cells;
    }
}
