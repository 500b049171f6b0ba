namespace OpenGovInfo.Documents.Writing.Tables;

/// <summary>
/// Resolves the HTML-style spans of a <see cref="GridTable"/> into grid positions, the way a browser does:
/// each cell takes the next column not already covered by a cell from a row above.
/// </summary>
internal sealed class GridPlacement
{
    private GridPlacement(int rowCount, int columnCount, IReadOnlyList<PlacedCell> cells, PlacedCell[,] owners)
    {
        RowCount = rowCount;
        ColumnCount = columnCount;
        Cells = cells;
        this.owners = owners;
    }

    private readonly PlacedCell[,] owners;

    /// <summary>Number of grid rows.</summary>
    public int RowCount { get; }

    /// <summary>Number of grid columns.</summary>
    public int ColumnCount { get; }

    /// <summary>Every cell in document order (row by row, left to right).</summary>
    public IReadOnlyList<PlacedCell> Cells { get; }

    /// <summary>The cell covering a grid position.</summary>
    public PlacedCell Owner(int row, int column) => owners[row, column];

    /// <summary>Places a table; throws when its spans leave a hole or overflow (a bug in a table builder).</summary>
    public static GridPlacement Place(GridTable table)
    {
        var rows = table.Rows.ToList();
        var owners = new PlacedCell?[rows.Count, table.ColumnCount];
        var placed = new List<PlacedCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (column < table.ColumnCount && owners[r, column] is not null)
                {
                    column++;
                }

                var p = new PlacedCell(cell, r, column);
                Cover(owners, p);
                placed.Add(p);
                column += cell.ColSpan;
            }
        }

        return new GridPlacement(rows.Count, table.ColumnCount, placed, Complete(owners, table.Caption));
    }

    private static void Cover(PlacedCell?[,] owners, PlacedCell p)
    {
        if (p.LastRow >= owners.GetLength(0) || p.LastColumn >= owners.GetLength(1))
        {
            throw new InvalidOperationException($"Cell '{p.Cell.Text}' at {p.Row},{p.Column} overflows the grid.");
        }

        for (var r = p.Row; r <= p.LastRow; r++)
        {
            for (var c = p.Column; c <= p.LastColumn; c++)
            {
                owners[r, c] = owners[r, c] is null
                    ? p
                    : throw new InvalidOperationException($"Cell '{p.Cell.Text}' overlaps another at {r},{c}.");
            }
        }
    }

    private static PlacedCell[,] Complete(PlacedCell?[,] owners, string caption)
    {
        var result = new PlacedCell[owners.GetLength(0), owners.GetLength(1)];
        for (var r = 0; r < owners.GetLength(0); r++)
        {
            for (var c = 0; c < owners.GetLength(1); c++)
            {
                result[r, c] = owners[r, c] ?? throw new InvalidOperationException($"Table {caption} has a hole at {r},{c}.");
            }
        }

        return result;
    }
}
