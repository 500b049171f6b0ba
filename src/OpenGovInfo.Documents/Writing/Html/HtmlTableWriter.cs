using System.Globalization;
using System.Text;
using OpenGovInfo.Documents.Writing.Tables;

namespace OpenGovInfo.Documents.Writing.Html;

/// <summary>
/// Writes a <see cref="GridTable"/> as an accessible HTML table: a caption, thead/tbody groups, and header cells
/// whose scope says whether they head a column, a group of columns, a row or a group of rows.
/// </summary>
internal static class HtmlTableWriter
{
    /// <summary>Appends the table.</summary>
    public static void Write(StringBuilder sb, GridTable table, string cssClass)
    {
        sb.Append("<table class=\"").Append(cssClass).Append("\">\n<caption>").AppendEncoded(table.Caption).Append("</caption>\n");
        foreach (var group in table.Groups)
        {
            var tag = group.IsHead ? "thead" : "tbody";
            sb.Append('<').Append(tag).Append(">\n");
            foreach (var row in group.Rows)
            {
                sb.Append("<tr>");
                foreach (var cell in row.Cells)
                {
                    WriteCell(sb, cell);
                }

                sb.Append("</tr>\n");
            }

            sb.Append("</").Append(tag).Append(">\n");
        }

        sb.Append("</table>\n");
    }

    private static void WriteCell(StringBuilder sb, GridCell cell)
    {
        var (tag, scope, css) = cell.Kind switch
        {
            GridCellKind.Value => ("td", null, null),
            GridCellKind.Note => ("td", null, "ogi-note"),
            GridCellKind.GroupTitle => ("th", "rowgroup", "ogi-block"),
            GridCellKind.ColumnHeader => ("th", cell.ColSpan > 1 ? "colgroup" : "col", null),
            _ => ("th", cell.RowSpan > 1 ? "rowgroup" : "row", null),
        };
        sb.Append('<').Append(tag);
        if (scope is not null)
        {
            sb.Append(" scope=\"").Append(scope).Append('"');
        }

        if (css is not null)
        {
            sb.Append(" class=\"").Append(css).Append('"');
        }

        AppendSpan(sb, "rowspan", cell.RowSpan);
        AppendSpan(sb, "colspan", cell.ColSpan);
        sb.Append('>').AppendEncoded(cell.Text).Append("</").Append(tag).Append('>');
    }

    private static void AppendSpan(StringBuilder sb, string name, int span)
    {
        if (span > 1)
        {
            sb.Append(' ').Append(name).Append("=\"").Append(span.ToString(CultureInfo.InvariantCulture)).Append('"');
        }
    }
}
