using OpenGovInfo.Documents.Writing.Tables;
using SkiaSharp;

namespace OpenGovInfo.Documents.Writing.Pdf;

/// <summary>
/// Lays a <see cref="GridTable"/> out on the pages: labels wrapped inside their cells, row heights that fit the
/// tallest cell (merged cells share their extra height out over the rows they span), grid lines around every cell.
/// A row is never cut across pages; rows joined by a merged cell, and header rows with the row after them, move
/// to the next page together unless they are taller than a whole page.
/// </summary>
internal static class PdfTableLayout
{
    private const float PadX = 2.5f;
    private const float PadY = 2.5f;

    /// <summary>Adds the table at the composer's cursor and moves the cursor below it.</summary>
    public static void Add(PdfComposer composer, GridTable table)
    {
        var placement = GridPlacement.Place(table);
        var font = composer.Font(PdfGeometry.TableSize);
        var lineHeight = PdfGeometry.TableSize * PdfGeometry.TableLeading;
        var edges = ColumnEdges(table);
        var lines = placement.Cells.ToDictionary(c => c, c => TextWrapper.WrapBalanced(
            c.Cell.Text, font, edges[c.LastColumn + 1] - edges[c.Column] - 2 * PadX));
        var heights = RowHeights(placement, lines, lineHeight);
        var geometry = new TableGeometry(placement, heights, edges, lines, font, lineHeight);
        foreach (var segment in Paginate(composer, placement, heights))
        {
            DrawSegment(segment, geometry);
        }
    }

    private static float[] ColumnEdges(GridTable table)
    {
        var total = table.ColumnWeights.Sum();
        var edges = new float[table.ColumnCount + 1];
        edges[0] = PdfGeometry.SideMargin;
        for (var c = 0; c < table.ColumnCount; c++)
        {
            edges[c + 1] = edges[c] + PdfGeometry.ContentWidth * table.ColumnWeights[c] / total;
        }

        return edges;
    }

    private static float[] RowHeights(GridPlacement placement, Dictionary<PlacedCell, List<string>> lines, float lineHeight)
    {
        var heights = new float[placement.RowCount];
        Array.Fill(heights, lineHeight + 2 * PadY);
        float Needed(PlacedCell c) => lines[c].Count * lineHeight + 2 * PadY;
        foreach (var cell in placement.Cells.Where(c => c.Cell.RowSpan == 1))
        {
            heights[cell.Row] = Math.Max(heights[cell.Row], Needed(cell));
        }

        foreach (var cell in placement.Cells.Where(c => c.Cell.RowSpan > 1).OrderBy(c => c.Cell.RowSpan))
        {
            var spanned = heights.AsSpan(cell.Row, cell.Cell.RowSpan);
            var deficit = Needed(cell) - Sum(spanned);
            for (var i = 0; deficit > 0 && i < spanned.Length; i++)
            {
                spanned[i] += deficit / spanned.Length;
            }
        }

        return heights;
    }

    private static List<TableSegment> Paginate(PdfComposer composer, GridPlacement placement, float[] heights)
    {
        var segments = new List<TableSegment>();
        var fullPage = PdfGeometry.ContentBottom - PdfGeometry.TopMargin;
        foreach (var (first, last) in Units(placement))
        {
            var height = Sum(heights.AsSpan(first, last - first + 1));
            if (height <= fullPage)
            {
                composer.KeepSpace(height);
            }

            for (var r = first; r <= last; r++)
            {
                // Only a unit taller than a page gets here with a row that does not fit.
                composer.KeepSpace(heights[r]);
                if (segments.Count == 0 || segments[^1].Page != composer.Page)
                {
                    segments.Add(new TableSegment(composer.Page, r, composer.Y));
                }

                segments[^1].Last = r;
                composer.Y += heights[r];
            }
        }

        return segments;
    }

    /// <summary>Runs of rows that must stay on one page: no merged cell crosses a unit's end, and a header row stays with the next.</summary>
    private static List<(int First, int Last)> Units(GridPlacement placement)
    {
        var units = new List<(int, int)>();
        var first = 0;
        for (var r = 0; r < placement.RowCount; r++)
        {
            var crossed = placement.Cells.Any(c => c.Row <= r && c.LastRow > r);
            var headerOnly = Enumerable.Range(0, placement.ColumnCount)
                .All(c => placement.Owner(r, c).Cell.Kind != GridCellKind.Value);
            if (r == placement.RowCount - 1 || (!crossed && !headerOnly))
            {
                units.Add((first, r));
                first = r + 1;
            }
        }

        return units;
    }

    private static void DrawSegment(TableSegment segment, TableGeometry table)
    {
        var tops = new float[segment.Last + 2];
        tops[segment.First] = segment.Top;
        for (var r = segment.First; r <= segment.Last; r++)
        {
            tops[r + 1] = tops[r] + table.Heights[r];
        }

        foreach (var cell in table.Placement.Cells.Where(c => c.Row <= segment.Last && c.LastRow >= segment.First))
        {
            var top = tops[Math.Max(cell.Row, segment.First)];
            var bottom = tops[Math.Min(cell.LastRow, segment.Last) + 1];
            var left = table.Edges[cell.Column];
            var right = table.Edges[cell.LastColumn + 1];
            var page = segment.Page;
            page.Lines.Add(new RuledLine(left, top, right, top));
            page.Lines.Add(new RuledLine(left, bottom, right, bottom));
            page.Lines.Add(new RuledLine(left, top, left, bottom));
            page.Lines.Add(new RuledLine(right, top, right, bottom));
            DrawText(page, cell, table, (left, top, right, bottom));
        }
    }

    private static void DrawText(PdfPage page, PlacedCell cell, TableGeometry table, (float Left, float Top, float Right, float Bottom) box)
    {
        var lines = table.Lines[cell];
        var size = PdfGeometry.TableSize;
        var y = box.Top + (box.Bottom - box.Top - lines.Count * table.LineHeight) / 2;
        var flushLeft = cell.Cell.Kind is GridCellKind.RowHeader or GridCellKind.Note;
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            var x = flushLeft ? box.Left + PadX : (box.Left + box.Right - table.Font.MeasureText(line)) / 2;
            page.Texts.Add(new PlacedText(line, x, y + (table.LineHeight + size * 0.7f) / 2, size));
            y += table.LineHeight;
        }
    }

    private static float Sum(Span<float> values)
    {
        var sum = 0f;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }

    private sealed class TableSegment(PdfPage page, int first, float top)
    {
        public PdfPage Page { get; } = page;
        public int First { get; } = first;
        public int Last { get; set; } = first;
        public float Top { get; } = top;
    }

    private sealed record TableGeometry(
        GridPlacement Placement, float[] Heights, float[] Edges, Dictionary<PlacedCell, List<string>> Lines, SKFont Font, float LineHeight);
}
