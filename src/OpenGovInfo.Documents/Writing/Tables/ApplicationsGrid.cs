using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Writing.Tables;

/// <summary>
/// Table 3 as printed: three label columns under the reconciliation note, the two-level applicant header, and
/// the data rows with 三、本年度办理结果 and the outcome categories merged vertically.
/// </summary>
internal static class ApplicationsGrid
{
    /// <summary>Label columns: level 1 (一、…三、), level 2 (（一）…（七）), level 3 (1.…).</summary>
    public const int LabelColumns = 3;

    private const int HeaderRows = 3;

    /// <summary>Builds Table 3; cells of an unread table or row print empty.</summary>
    public static GridTable Build(AnnualReport report, string caption)
    {
        var format = report.Definition;
        // Wide enough for （三）不予公开 on one line and most level-3 labels on one or two.
        float[] weights = [1.1f, 2.1f, 3.5f, .. format.Columns.Select(_ => 1.05f)];
        var head = new GridRowGroup(true, HeaderRowsOf(format));
        var body = new GridRowGroup(false, DataRows(report));
        return new GridTable(caption, weights, [head, body]);
    }

    private static List<GridRow> HeaderRowsOf(AnnualReportFormat format)
    {
        var organisations = format.Columns.Where(c => c.IsOrganisation).ToList();
        var first = new List<GridCell>
        {
            new(TableLayouts.ReconciliationNote, GridCellKind.Note, HeaderRows, LabelColumns),
            new(TableLayouts.ApplicantHeader, GridCellKind.ColumnHeader, ColSpan: format.Columns.Count),
        };
        var second = new List<GridCell>();
        foreach (var column in format.Columns)
        {
            if (!column.IsOrganisation)
            {
                second.Add(new GridCell(column.Label, GridCellKind.ColumnHeader, RowSpan: 2));
            }
            else if (column == organisations[0])
            {
                second.Add(new GridCell(TableLayouts.OrganisationHeader, GridCellKind.ColumnHeader, ColSpan: organisations.Count));
            }
        }

        var third = organisations.Select(c => new GridCell(c.Label, GridCellKind.ColumnHeader)).ToList();
        return [new GridRow(first), new GridRow(second), new GridRow(third)];
    }

    private static List<GridRow> DataRows(AnnualReport report)
    {
        var definitions = report.Definition.ApplicationRows;
        var resultRows = definitions.Count(r => r.IsUnderResults);
        var rows = new List<GridRow>();
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            var cells = new List<GridCell>();
            if (!definition.IsUnderResults)
            {
                cells.Add(new GridCell(definition.Label, GridCellKind.RowHeader, ColSpan: LabelColumns));
            }
            else
            {
                AddResultLabels(cells, definitions, i, resultRows);
            }

            var values = report.Applications?.RowAt(i);
            cells.AddRange(report.Definition.Columns.Select((_, c) => new GridCell(CellText.Count(values?[c]), GridCellKind.Value)));
            rows.Add(new GridRow(cells, definition.Code));
        }

        return rows;
    }

    private static void AddResultLabels(List<GridCell> cells, IReadOnlyList<ApplicationRowDefinition> rows, int i, int resultRows)
    {
        var row = rows[i];
        if (i == 0 || !rows[i - 1].IsUnderResults)
        {
            cells.Add(new GridCell(TableLayouts.ResultsHeader, GridCellKind.RowHeader, RowSpan: resultRows));
        }

        if (row.Category is null)
        {
            cells.Add(new GridCell(row.Label, GridCellKind.RowHeader, ColSpan: LabelColumns - 1));
            return;
        }

        if (i == 0 || rows[i - 1].Category != row.Category)
        {
            var span = rows.Skip(i).TakeWhile(r => r.Category == row.Category).Count();
            cells.Add(new GridCell(row.Category.Label, GridCellKind.RowHeader, RowSpan: span));
        }

        cells.Add(new GridCell(row.Label, GridCellKind.RowHeader));
    }
}
