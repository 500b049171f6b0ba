using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OpenGovInfo.Documents.Tests.Writing;

/// <summary>Reads rendered HTML back: the tables resolved to grids the way a browser lays out rowspan/colspan.</summary>
internal static class HtmlGrid
{
    /// <summary>Parses a document.</summary>
    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The table's text grid: each position holds the text of the cell covering it.</summary>
    public static string[,] Resolve(IHtmlTableElement table)
    {
        var cells = Cells(table);
        var rows = table.Rows.Length;
        var columns = table.Rows[0].Cells.Sum(c => Math.Max(1, (int)c.ColumnSpan));
        var grid = new string?[rows, columns];
        foreach (var (cell, row, column) in cells)
        {
            for (var r = row; r < row + Math.Max(1, (int)cell.RowSpan); r++)
            {
                for (var c = column; c < column + Math.Max(1, (int)cell.ColumnSpan); c++)
                {
                    Assert.Null(grid[r, c]);
                    grid[r, c] = cell.TextContent;
                }
            }
        }

        var result = new string[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                result[r, c] = grid[r, c] ?? throw new Xunit.Sdk.XunitException($"hole at {r},{c}");
            }
        }

        return result;
    }

    /// <summary>Every cell with the grid position of its top-left corner.</summary>
    public static List<(IHtmlTableCellElement Cell, int Row, int Column)> Cells(IHtmlTableElement table)
    {
        var taken = new HashSet<(int, int)>();
        var result = new List<(IHtmlTableCellElement, int, int)>();
        for (var r = 0; r < table.Rows.Length; r++)
        {
            var column = 0;
            foreach (var cell in table.Rows[r].Cells)
            {
                while (taken.Contains((r, column)))
                {
                    column++;
                }

                result.Add((cell, r, column));
                for (var dr = 0; dr < Math.Max(1, (int)cell.RowSpan); dr++)
                {
                    for (var dc = 0; dc < Math.Max(1, (int)cell.ColumnSpan); dc++)
                    {
                        taken.Add((r + dr, column + dc));
                    }
                }

                column += Math.Max(1, (int)cell.ColumnSpan);
            }
        }

        return result;
    }
}
