using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Writing.Tables;

/// <summary>
/// Table 4 as printed: 行政复议 (two header rows high) beside 行政诉讼 with its two sub-groups, the five result
/// columns under each group, and one row of 15 numbers.
/// </summary>
internal static class ReviewGrid
{
    /// <summary>Builds Table 4; cells of an unread table or group print empty.</summary>
    public static GridTable Build(AnnualReport report, string caption)
    {
        var format = report.Definition;
        var measures = format.ReviewMeasures.Count;
        var weights = new float[format.ReviewGroups.Count * measures];
        Array.Fill(weights, 1f);
        var top = new List<GridCell>();
        var second = new List<GridCell>();
        foreach (var group in format.ReviewGroups)
        {
            if (group.ParentLabel is null)
            {
                top.Add(new GridCell(group.Label, GridCellKind.ColumnHeader, RowSpan: 2, ColSpan: measures));
                continue;
            }

            if (!top.Any(c => c.Text == group.ParentLabel))
            {
                var children = format.ReviewGroups.Count(g => g.ParentLabel == group.ParentLabel);
                top.Add(new GridCell(group.ParentLabel, GridCellKind.ColumnHeader, ColSpan: children * measures));
            }

            second.Add(new GridCell(group.Label, GridCellKind.ColumnHeader, ColSpan: measures));
        }

        var third = format.ReviewGroups
            .SelectMany(_ => format.ReviewMeasures.Select(m => new GridCell(m.Label, GridCellKind.ColumnHeader)))
            .ToList();
        var values = (report.ReviewLitigation?.Flattened() ?? Enumerable.Repeat<int?>(null, weights.Length))
            .Select(v => new GridCell(CellText.Count(v), GridCellKind.Value))
            .ToList();
        var head = new GridRowGroup(true, [new GridRow(top), new GridRow(second), new GridRow(third)]);
        return new GridTable(caption, weights, [head, new GridRowGroup(false, [new GridRow(values)])]);
    }
}
