using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenGovInfo.Documents.Writing.Tables;

namespace OpenGovInfo.Documents.Writing.Docx;

/// <summary>
/// Writes a <see cref="GridTable"/> as a real Word table: a fixed grid, horizontal merges as <c>gridSpan</c> and
/// vertical merges as <c>vMerge</c> restart/continue cells, single borders, rows that do not split across pages.
/// </summary>
internal static class DocxTableBuilder
{
    /// <summary>Builds the table, filling the content width.</summary>
    public static Table Build(GridTable grid)
    {
        var placement = GridPlacement.Place(grid);
        var widths = ColumnWidths(grid);
        var table = new Table(Properties(), new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        for (var r = 0; r < placement.RowCount; r++)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));

            // Header rows (block titles, column headers) stay on the page of the first row they head.
            var keepWithNext = Enumerable.Range(0, placement.ColumnCount)
                .All(c => placement.Owner(r, c).Cell.Kind != GridCellKind.Value);
            for (var c = 0; c < placement.ColumnCount; c++)
            {
                var owner = placement.Owner(r, c);
                if (owner.Column == c)
                {
                    row.Append(Cell(owner, isContinuation: owner.Row != r, widths, keepWithNext));
                }
            }

            table.Append(row);
        }

        return table;
    }

    private static int[] ColumnWidths(GridTable grid)
    {
        var total = grid.ColumnWeights.Sum();
        var widths = grid.ColumnWeights.Select(w => (int)(DocxLayout.ContentWidth * w / total)).ToArray();
        widths[^1] += DocxLayout.ContentWidth - widths.Sum();
        return widths;
    }

    private static TableProperties Properties()
    {
        var border = (uint)4;
        return new TableProperties
        {
            TableWidth = new TableWidth { Width = Twips(DocxLayout.ContentWidth), Type = TableWidthUnitValues.Dxa },
            TableJustification = new TableJustification { Val = TableRowAlignmentValues.Center },
            TableBorders = new TableBorders
            {
                TopBorder = new TopBorder { Val = BorderValues.Single, Size = border },
                LeftBorder = new LeftBorder { Val = BorderValues.Single, Size = border },
                BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = border },
                RightBorder = new RightBorder { Val = BorderValues.Single, Size = border },
                InsideHorizontalBorder = new InsideHorizontalBorder { Val = BorderValues.Single, Size = border },
                InsideVerticalBorder = new InsideVerticalBorder { Val = BorderValues.Single, Size = border },
            },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault
            {
                TableCellLeftMargin = new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                TableCellRightMargin = new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa },
            },
        };
    }

    private static TableCell Cell(PlacedCell placed, bool isContinuation, int[] widths, bool keepWithNext)
    {
        var cell = placed.Cell;
        var width = widths.Skip(placed.Column).Take(cell.ColSpan).Sum();
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
            GridSpan = cell.ColSpan > 1 ? new GridSpan { Val = cell.ColSpan } : null,
            VerticalMerge = cell.RowSpan == 1 ? null
                : isContinuation ? new VerticalMerge()
                : new VerticalMerge { Val = MergedCellValues.Restart },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        };
        var paragraph = DocxText.TableParagraph(isContinuation ? "" : cell.Text, cell.Kind, keepWithNext);
        return new TableCell(properties, paragraph);
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
