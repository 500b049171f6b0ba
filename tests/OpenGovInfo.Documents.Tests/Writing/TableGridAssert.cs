using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Tests.Writing;

/// <summary>
/// Checks a table read back from a rendered document, resolved to a grid of texts (every position holds the text
/// of the cell covering it), against the report and its format: labels, merges, and each number's row and column.
/// </summary>
internal static class TableGridAssert
{
    /// <summary>Table 3: 3 header rows, 3 label columns, then one grid row per format row.</summary>
    public static void Applications(string[,] grid, AnnualReport report)
    {
        var format = report.Definition;
        Assert.Equal(3 + format.ApplicationRows.Count, grid.GetLength(0));
        Assert.Equal(3 + format.Columns.Count, grid.GetLength(1));
        Assert.Equal(TableLayouts.ReconciliationNote, grid[2, 2]);
        Assert.Equal(TableLayouts.ApplicantHeader, grid[0, 3 + format.Columns.Count - 1]);
        for (var c = 0; c < format.Columns.Count; c++)
        {
            var column = format.Columns[c];
            Assert.Equal(column.Label, grid[2, 3 + c]);
            Assert.Equal(column.IsOrganisation ? TableLayouts.OrganisationHeader : column.Label, grid[1, 3 + c]);
        }

        for (var r = 0; r < format.ApplicationRows.Count; r++)
        {
            var row = format.ApplicationRows[r];
            var g = 3 + r;
            Assert.Equal(row.Label, grid[g, 2]);
            Assert.Equal(row.IsUnderResults ? TableLayouts.ResultsHeader : row.Label, grid[g, 0]);
            Assert.Equal(row.Category?.Label ?? row.Label, grid[g, 1]);
            var cells = report.Applications?.RowAt(r);
            for (var c = 0; c < format.Columns.Count; c++)
            {
                Assert.Equal(CellTextOf(cells?[c]), grid[g, 3 + c]);
            }
        }
    }

    /// <summary>Table 4: three header rows and the row of 15 numbers.</summary>
    public static void ReviewLitigation(string[,] grid, AnnualReport report)
    {
        var format = report.Definition;
        var measures = format.ReviewMeasures.Count;
        Assert.Equal(4, grid.GetLength(0));
        Assert.Equal(format.ReviewGroups.Count * measures, grid.GetLength(1));
        var values = (report.ReviewLitigation?.Flattened() ?? Enumerable.Repeat<int?>(null, 15)).ToList();
        for (var c = 0; c < grid.GetLength(1); c++)
        {
            var group = format.ReviewGroups[c / measures];
            Assert.Equal(group.ParentLabel ?? group.Label, grid[0, c]);
            Assert.Equal(group.Label, grid[1, c]);
            Assert.Equal(format.ReviewMeasures[c % measures].Label, grid[2, c]);
            Assert.Equal(CellTextOf(values[c]), grid[3, c]);
        }
    }

    /// <summary>Table 2: per block a title row, a header row and the item rows; short blocks stretch their last column.</summary>
    public static void Proactive(string[,] grid, AnnualReport report)
    {
        var format = report.Definition;
        var width = grid.GetLength(1);
        Assert.Equal(1 + format.ProactiveBlocks.Max(b => b.Measures.Count), width);
        var g = 0;
        foreach (var block in format.ProactiveBlocks)
        {
            Assert.All(Enumerable.Range(0, width), c => Assert.Equal(block.Title, grid[g, c]));
            Assert.Equal(ProactiveBlock.ItemHeader, grid[g + 1, 0]);
            for (var c = 1; c < width; c++)
            {
                Assert.Equal(block.Measures[Math.Min(c - 1, block.Measures.Count - 1)].Label, grid[g + 1, c]);
            }

            g += 2;
            foreach (var item in block.Items)
            {
                Assert.Equal(item.Label, grid[g, 0]);
                var values = report.Proactive?.Values(item.Code);
                for (var c = 1; c < width; c++)
                {
                    var value = values?[Math.Min(c - 1, block.Measures.Count - 1)];
                    Assert.Equal(value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—", grid[g, c]);
                }

                g++;
            }
        }

        Assert.Equal(g, grid.GetLength(0));
    }

    private static string CellTextOf(int? value) =>
        value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
