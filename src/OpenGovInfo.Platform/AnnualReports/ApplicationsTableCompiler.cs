using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.Applications;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// Table 3 from the cases (AP-6, <see cref="YearEnd"/>): 本年新收 by the year of receipt, 上年结转 = open at the end of
/// the previous 31 December, 本年度办理结果 by the year of closing, 结转下年度 = open at the end of this 31 December.
/// Every cell is computed from its own records, never as a difference, so T3-1 checks the data rather than holding
/// by construction.
/// </summary>
public static class ApplicationsTableCompiler
{
    /// <summary>Fills <paramref name="table"/> (every cell known, zeros included) and records each cell's cases.</summary>
    public static void Compile(int year, IEnumerable<CaseFacts> cases, ApplicationsTable table, IDictionary<string, CellSources> sources)
    {
        var format = table.Format;
        var ids = new List<int>[format.ApplicationRows.Count, TableLayouts.ColumnCount];
        for (var r = 0; r < format.ApplicationRows.Count; r++)
        {
            for (var c = 0; c < TableLayouts.ColumnCount; c++)
            {
                ids[r, c] = [];
            }
        }

        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var processed = format.RowIndexOf(ReportCodes.Rows.TotalProcessed);
        foreach (var @case in cases)
        {
            var column = (int)@case.ApplicantKind - 1;
            if (@case.ReceivedOn >= start && @case.ReceivedOn <= end)
            {
                Add(ids, format.RowIndexOf(ReportCodes.Rows.NewReceived), column, @case.Id);
            }

            if (OpenAtEndOf(@case, start.AddDays(-1)))
            {
                Add(ids, format.RowIndexOf(ReportCodes.Rows.CarriedOver), column, @case.Id);
            }

            if (@case.ClosedOn is { } closed && closed >= start && closed <= end)
            {
                // A closed case always has an outcome (CaseLog projects it); a missing one would be a bug, and
                // counting it under （六）3.其他 keeps it visible in the drill-down instead of dropping it.
                var row = format.RowIndexOf(@case.OutcomeCode ?? ApplicationOutcome.OtherHandling.Code);
                Add(ids, row < 0 ? format.RowIndexOf(ApplicationOutcome.OtherHandling.Code) : row, column, @case.Id);
                Add(ids, processed, column, @case.Id);
            }

            if (OpenAtEndOf(@case, end))
            {
                Add(ids, format.RowIndexOf(ReportCodes.Rows.CarriedForward), column, @case.Id);
            }
        }

        for (var r = 0; r < format.ApplicationRows.Count; r++)
        {
            var code = format.ApplicationRows[r].Code;
            var cells = new int?[TableLayouts.ColumnCount];
            for (var c = 0; c < TableLayouts.ColumnCount; c++)
            {
                var list = ids[r, c];
                list.Sort();
                cells[c] = list.Count;
                sources[CellKeys.Applications(code, c)] = new CellSources(SourceKind.Application, list);
            }

            table.SetRow(code, cells);
        }
    }

    /// <summary>
    /// Fills <paramref name="table"/> from counts the database made with the same tests as <see cref="Compile"/> (every
    /// cell known, zeros included; a closed case without a known outcome under （六）3.其他, as there).
    /// </summary>
    public static void CompileCounts(IEnumerable<CaseCounts> counts, ApplicationsTable table)
    {
        var format = table.Format;
        var cells = new int[format.ApplicationRows.Count, TableLayouts.ColumnCount];
        var other = format.RowIndexOf(ApplicationOutcome.OtherHandling.Code);
        void Add(int row, int column, int n)
        {
            cells[row, column] += n;
            cells[row, TableLayouts.TotalColumn] += n;
        }

        foreach (var group in counts)
        {
            var column = (int)group.ApplicantKind - 1;
            Add(format.RowIndexOf(ReportCodes.Rows.NewReceived), column, group.NewReceived);
            Add(format.RowIndexOf(ReportCodes.Rows.CarriedOver), column, group.CarriedOver);
            var row = format.RowIndexOf(group.OutcomeCode ?? ApplicationOutcome.OtherHandling.Code);
            Add(row < 0 ? other : row, column, group.Closed);
            Add(format.RowIndexOf(ReportCodes.Rows.TotalProcessed), column, group.Closed);
            Add(format.RowIndexOf(ReportCodes.Rows.CarriedForward), column, group.CarriedForward);
        }

        for (var r = 0; r < format.ApplicationRows.Count; r++)
        {
            var values = new int?[TableLayouts.ColumnCount];
            for (var c = 0; c < TableLayouts.ColumnCount; c++)
            {
                values[c] = cells[r, c];
            }

            table.SetRow(format.ApplicationRows[r].Code, values);
        }
    }

    /// <summary>Received and still open at the end of <paramref name="day"/> (the same test as <see cref="YearEnd.IsCarriedForward"/>).</summary>
    public static bool OpenAtEndOf(CaseFacts @case, DateOnly day) =>
        @case.ReceivedOn <= day && (@case.ClosedOn is null || @case.ClosedOn > day);

    private static void Add(List<int>[,] ids, int row, int column, int id)
    {
        ids[row, column].Add(id);
        ids[row, TableLayouts.TotalColumn].Add(id);
    }
}
