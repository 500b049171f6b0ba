using DocumentFormat.OpenXml.Wordprocessing;

namespace OpenGovInfo.Documents.Reading;

/// <summary>Expands an OpenXML table to a grid: gridBefore/gridSpan by column position, vMerge by copying the text above.</summary>
internal static class DocxGrid
{
    private const int MaxSpan = 64;

    /// <summary>The grid rows of a table.</summary>
    public static List<IReadOnlyList<string?>> Expand(Table table)
    {
        var grid = new List<IReadOnlyList<string?>>();
        List<string?>? above = null;
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string?>();
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var k = 0; k < Math.Clamp(before, 0, MaxSpan); k++)
            {
                cells.Add(null);
            }

            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, MaxSpan);
                var merge = properties?.VerticalMerge;
                var continued = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var text = continued ? Above(above, cells.Count) : Text(cell);
                cells.Add(text);
                for (var k = 1; k < span; k++)
                {
                    cells.Add(null);
                }
            }

            grid.Add(cells);
            above = cells;
        }

        return grid;
    }

    private static string? Above(List<string?>? above, int column)
    {
        var text = above is not null && column < above.Count ? above[column] : null;
        return text is not null && !GridTokens.IsNumber(text) ? text : null;
    }

    private static string Text(TableCell cell) =>
        string.Join(' ', cell.Elements<Paragraph>().Select(p => p.InnerText)).Trim();
}
