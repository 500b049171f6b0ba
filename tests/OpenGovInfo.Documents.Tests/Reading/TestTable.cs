namespace OpenGovInfo.Documents.Tests.Reading;

/// <summary>A table cell with spans, as a renderer would lay it out.</summary>
internal sealed record TestCell(string Text, int RowSpan = 1, int ColSpan = 1);

/// <summary>A laid-out table: rows of cells (cells covered by spans are absent, as in HTML).</summary>
internal sealed class TestTable
{
    public List<List<TestCell>> Rows { get; } = [];

    public TestTable Row(params TestCell[] cells)
    {
        Rows.Add([.. cells]);
        return this;
    }

    /// <summary>The table as a full grid; a spanned cell's text in every covered slot, with a flag for its origin.</summary>
    public List<(string Text, bool Origin, TestCell Cell)?[]> Grid()
    {
        var width = Rows.Max(r => r.Sum(c => c.ColSpan)) + 16;
        var grid = Rows.Select(_ => new (string, bool, TestCell)?[width]).ToList();
        for (var r = 0; r < Rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in Rows[r])
            {
                while (grid[r][c] is not null)
                {
                    c++;
                }

                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                    {
                        grid[r + dr][c + dc] = (cell.Text, dr == 0 && dc == 0, cell);
                    }
                }

                c += cell.ColSpan;
            }
        }

        var used = grid.Max(row => Array.FindLastIndex(row, x => x is not null)) + 1;
        return [.. grid.Select(row => row[..used])];
    }
}
