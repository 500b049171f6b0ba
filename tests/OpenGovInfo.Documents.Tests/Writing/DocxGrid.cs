using DocumentFormat.OpenXml.Wordprocessing;

namespace OpenGovInfo.Documents.Tests.Writing;

/// <summary>Reads a Word table back into a text grid, resolving gridSpan and vMerge as Word does.</summary>
internal static class DocxGrid
{
    /// <summary>Each position holds the text of the cell covering it.</summary>
    public static string[,] Resolve(Table table)
    {
        var columns = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count();
        var rows = table.Elements<TableRow>().ToList();
        var grid = new string[rows.Count, columns];
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Elements<TableCell>())
            {
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var merge = cell.TableCellProperties?.VerticalMerge;
                var isContinuation = merge is not null && (merge.Val is null || merge.Val == MergedCellValues.Continue);
                for (var c = column; c < column + span; c++)
                {
                    grid[r, c] = isContinuation ? grid[r - 1, c] : cell.InnerText;
                }

                column += span;
            }

            Assert.Equal(columns, column);
        }

        return grid;
    }
}
