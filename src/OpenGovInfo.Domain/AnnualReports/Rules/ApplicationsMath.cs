namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>Sums over Table 3 that yield null as soon as one involved cell is unknown.</summary>
internal static class ApplicationsMath
{
    public static int? Cell(ApplicationsTable table, ApplicationRowKind kind, int column)
    {
        var rows = table.Format.ApplicationRows;
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Kind == kind)
            {
                return table.Cell(r, column);
            }
        }

        return null;
    }

    /// <summary>Σ of the outcome rows of one column; null if any is unknown.</summary>
    public static long? OutcomeSum(ApplicationsTable table, int column)
    {
        long sum = 0;
        var rows = table.Format.ApplicationRows;
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Kind != ApplicationRowKind.Outcome)
            {
                continue;
            }

            if (table.Cell(r, column) is not { } v)
            {
                return null;
            }

            sum += v;
        }

        return sum;
    }

    public static long? Add(int? a, int? b) => a is { } x && b is { } y ? (long)x + y : null;

    public static string ColumnName(int column) => column == TableLayouts.TotalColumn
        ? "“总计”列"
        : $"“{TableLayouts.Columns[column].Label}”列";
}
