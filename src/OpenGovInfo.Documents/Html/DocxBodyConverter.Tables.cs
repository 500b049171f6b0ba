using System.Globalization;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace OpenGovInfo.Documents.Html;

/// <summary>Word tables: rows, header rows and merged cells (gridSpan, vMerge) as HTML colspan/rowspan.</summary>
public static partial class DocxBodyConverter
{
    private sealed partial class Writer
    {
        private void Table(W.Table table, int depth)
        {
            var rows = table.Elements<W.TableRow>().ToList();
            var grid = rows.Select(Cells).ToList();
            _html.Append("<table><tbody>");
            for (var r = 0; r < rows.Count; r++)
            {
                _html.Append("<tr>");
                foreach (var (cell, column, span, merge) in grid[r])
                {
                    if (merge == Merge.Continue)
                    {
                        continue;
                    }

                    var rowSpan = 1;
                    if (merge == Merge.Restart)
                    {
                        while (r + rowSpan < rows.Count && grid[r + rowSpan].Any(c => c.Column == column && c.Merge == Merge.Continue))
                        {
                            rowSpan++;
                        }
                    }

                    var header = rows[r].TableRowProperties?.GetFirstChild<W.TableHeader>() is not null;
                    var tag = header ? "th" : "td";
                    _html.Append('<').Append(tag);
                    if (span > 1)
                    {
                        _html.Append(" colspan=\"").Append(span.ToString(CultureInfo.InvariantCulture)).Append('"');
                    }

                    if (rowSpan > 1)
                    {
                        _html.Append(" rowspan=\"").Append(rowSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
                    }

                    _html.Append('>');
                    Blocks(cell.ChildElements, depth + 1);
                    _html.Append("</").Append(tag).Append('>');
                }

                _html.Append("</tr>");
            }

            _html.Append("</tbody></table>");
        }

        private static List<(W.TableCell Cell, int Column, int Span, Merge Merge)> Cells(W.TableRow row)
        {
            var cells = new List<(W.TableCell, int, int, Merge)>();
            var column = row.TableRowProperties?.GetFirstChild<W.GridBefore>()?.Val?.Value ?? 0;
            foreach (var cell in row.Elements<W.TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, 100);
                var merge = properties?.VerticalMerge is not { } v ? Merge.None
                    : v.Val?.Value == W.MergedCellValues.Restart ? Merge.Restart : Merge.Continue;
                cells.Add((cell, column, span, merge));
                column += span;
            }

            return cells;
        }

        // Word's built-in heading styles have the ids Heading1… (English) or 1… (Chinese Word writes 标题 1 as "1").
    }

    private enum Merge
    {
        None,
        Restart,
        Continue,
    }
}
