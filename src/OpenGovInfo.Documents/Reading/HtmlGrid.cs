using AngleSharp.Html.Dom;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Expands an HTML table to a grid: a cell spanning rows repeats its text in the rows below (so each row carries
/// its category label), a cell spanning columns fills the extra columns with null (covered, not blank).
/// </summary>
internal static class HtmlGrid
{
    private const int MaxSpan = 64;

    /// <summary>The grid rows of a table (nested tables are read as text of their cell).</summary>
    public static List<IReadOnlyList<string?>> Expand(IHtmlTableElement table)
    {
        var grid = new List<List<string?>>();
        var pending = new Dictionary<(int Row, int Col), string?>();
        var r = 0;
        foreach (var row in table.Rows)
        {
            var cells = new List<string?>();
            var c = 0;
            foreach (var cell in row.Cells)
            {
                c = Place(cells, pending, r, c);
                var text = Clean(cell.TextContent);
                var colSpan = Math.Clamp(cell.ColumnSpan, 1, MaxSpan);
                var rowSpan = Math.Clamp(cell.RowSpan, 1, MaxSpan);
                for (var k = 0; k < colSpan; k++)
                {
                    var value = k == 0 ? text : null;
                    Set(cells, c + k, value);
                    for (var down = 1; down < rowSpan; down++)
                    {
                        pending[(r + down, c + k)] = value is { } v && !GridTokens.IsNumber(v) ? v : null;
                    }
                }

                c += colSpan;
            }

            Place(cells, pending, r, c);
            grid.Add(cells);
            r++;
        }

        return [.. grid];
    }

    /// <summary>Fills cells covered from above at and after column <paramref name="c"/>; returns the next free column.</summary>
    private static int Place(List<string?> cells, Dictionary<(int, int), string?> pending, int r, int c)
    {
        while (pending.Remove((r, c), out var carried))
        {
            Set(cells, c, carried);
            c++;
        }

        return c;
    }

    private static void Set(List<string?> cells, int index, string? value)
    {
        while (cells.Count <= index)
        {
            cells.Add(null);
        }

        cells[index] = value;
    }

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
