using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Writing.Tables;

/// <summary>
/// Table 2 as printed: stacked blocks, each a title row spanning all columns, a header row
/// (信息内容 | measures…) and its data rows. Blocks with fewer measures stretch their last column so that the
/// table keeps one grid, as the published tables do.
/// </summary>
internal static class ProactiveGrid
{
    private const float LabelWeight = 2.2f;

    /// <summary>Builds Table 2; values of an unread table or item print as empty cells.</summary>
    public static GridTable Build(AnnualReport report, string caption)
    {
        var format = report.Definition;
        var measureColumns = format.ProactiveBlocks.Max(b => b.Measures.Count);
        var weights = new float[measureColumns + 1];
        Array.Fill(weights, 1f);
        weights[0] = LabelWeight;
        var groups = format.ProactiveBlocks
            .Select(block => new GridRowGroup(false, BlockRows(report, block, measureColumns)))
            .ToList();
        return new GridTable(caption, weights, groups);
    }

    private static List<GridRow> BlockRows(AnnualReport report, ProactiveBlock block, int measureColumns)
    {
        var rows = new List<GridRow>
        {
            new([new GridCell(block.Title, GridCellKind.GroupTitle, ColSpan: measureColumns + 1)]),
            new([
                new GridCell(ProactiveBlock.ItemHeader, GridCellKind.ColumnHeader),
                .. block.Measures.Select((m, i) => Stretched(m.Label, GridCellKind.ColumnHeader, i, block, measureColumns)),
            ]),
        };
        foreach (var item in block.Items)
        {
            var values = report.Proactive?.Values(item.Code);
            rows.Add(new GridRow(
                [
                    new GridCell(item.Label, GridCellKind.RowHeader),
                    .. block.Measures.Select((_, i) =>
                        Stretched(CellText.Amount(values?[i]), GridCellKind.Value, i, block, measureColumns)),
                ],
                item.Code));
        }

        return rows;
    }

    private static GridCell Stretched(string text, GridCellKind kind, int index, ProactiveBlock block, int measureColumns)
    {
        var isLast = index == block.Measures.Count - 1;
        return new GridCell(text, kind, ColSpan: isLast ? measureColumns - index : 1);
    }
}
