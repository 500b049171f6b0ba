using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Counts how many of the column rules T3-1 and T3-2 (annual-report-format.md §3) hold on candidate rows, per
/// column and only where every cell involved is known — the reader's measure of "fits the table's arithmetic".
/// </summary>
internal static class ColumnRules
{
    /// <summary>Number of (rule, column) pairs that hold.</summary>
    public static int Satisfied(AnnualReportFormat format, decimal?[]?[] rows)
    {
        var rowDefs = format.ApplicationRows;
        var score = 0;
        for (var c = 0; c < TableLayouts.ColumnCount; c++)
        {
            decimal? newReceived = null, carried = null, processed = null, forward = null, outcomes = 0m;
            for (var r = 0; r < rowDefs.Count; r++)
            {
                var value = rows[r]?[c];
                switch (rowDefs[r].Kind)
                {
                    case ApplicationRowKind.NewReceived: newReceived = value; break;
                    case ApplicationRowKind.CarriedOver: carried = value; break;
                    case ApplicationRowKind.TotalProcessed: processed = value; break;
                    case ApplicationRowKind.CarriedForward: forward = value; break;
                    default: outcomes = outcomes is null || value is null ? null : outcomes + value; break;
                }
            }

            if (newReceived + carried is { } available && processed + forward is { } used && available == used)
            {
                score++;
            }

            if (outcomes is { } sum && processed is { } total && sum == total)
            {
                score++;
            }
        }

        return score;
    }
}
