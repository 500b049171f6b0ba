using System.Text;
using OpenGovInfo.Documents.Writing.Tables;

namespace OpenGovInfo.Documents.Writing.Markdown;

/// <summary>
/// Flattens a <see cref="GridTable"/> into pipe tables with one line per data row, for diffing reports in git:
/// merged row labels become one path (三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密), merged column headers
/// likewise, and columns that a merge stretches are printed once. A Table 2 block becomes its own pipe table under
/// its bold title.
/// </summary>
internal static class MarkdownTableWriter
{
    private const string PathSeparator = " / ";

    /// <summary>Appends the table.</summary>
    public static void Write(StringBuilder sb, GridTable table)
    {
        var placement = GridPlacement.Place(table);
        var headRows = HeadRows(table);
        var start = 0;
        foreach (var group in table.Groups)
        {
            var rows = Enumerable.Range(start, group.Rows.Count).ToList();
            start += group.Rows.Count;
            if (group.IsHead)
            {
                continue;
            }

            var title = rows.Where(r => placement.Owner(r, 0).Cell.Kind == GridCellKind.GroupTitle).ToList();
            foreach (var r in title)
            {
                sb.Append("**").Append(MarkdownText.Cell(placement.Owner(r, 0).Cell.Text)).Append("**\n\n");
            }

            // Tables 3 and 4 have one shared header; each Table 2 block carries its own header row.
            var header = headRows.Count > 0 ? headRows : rows.Except(title).Where(r => IsHeaderRow(placement, r)).ToList();
            var data = rows.Except(title).Except(header).ToList();
            WriteSegment(sb, placement, header, data);
        }
    }

    private static List<int> HeadRows(GridTable table) =>
        [.. Enumerable.Range(0, table.Groups.TakeWhile(g => g.IsHead).Sum(g => g.Rows.Count))];

    private static bool IsHeaderRow(GridPlacement placement, int row) =>
        Enumerable.Range(0, placement.ColumnCount).All(c => placement.Owner(row, c).Cell.Kind == GridCellKind.ColumnHeader);

    private static void WriteSegment(StringBuilder sb, GridPlacement placement, List<int> header, List<int> data)
    {
        var labels = Enumerable.Range(0, placement.ColumnCount)
            .TakeWhile(c => data.All(r => placement.Owner(r, c).Cell.Kind == GridCellKind.RowHeader))
            .Count();
        var rows = header.Concat(data).ToList();
        var columns = Enumerable.Range(labels, placement.ColumnCount - labels)
            .Where(c => c == labels || rows.Any(r => placement.Owner(r, c) != placement.Owner(r, c - 1)))
            .ToList();
        var lines = new List<List<string>>();
        var headerLine = new List<string>();
        if (labels > 0)
        {
            headerLine.Add(PathOf(placement, header, 0, labels));
        }

        headerLine.AddRange(columns.Select(c => PathOf(placement, header, c, c + 1)));
        AppendLine(sb, headerLine);
        AppendLine(sb, [.. headerLine.Select((_, i) => i < (labels > 0 ? 1 : 0) ? "---" : "---:")]);
        foreach (var r in data)
        {
            var line = new List<string>();
            if (labels > 0)
            {
                line.Add(PathOf(placement, [r], 0, labels));
            }

            line.AddRange(columns.Select(c => placement.Owner(r, c).Cell.Text));
            AppendLine(sb, line);
        }

        sb.Append('\n');
    }

    /// <summary>The distinct cells over some rows and columns, top to bottom then left to right, as one path.</summary>
    private static string PathOf(GridPlacement placement, List<int> rows, int fromColumn, int toColumn)
    {
        var owners = new List<PlacedCell>();
        foreach (var r in rows)
        {
            for (var c = fromColumn; c < toColumn; c++)
            {
                var owner = placement.Owner(r, c);
                if (!owners.Contains(owner))
                {
                    owners.Add(owner);
                }
            }
        }

        return string.Join(PathSeparator, owners.Select(o => o.Cell.Text));
    }

    private static void AppendLine(StringBuilder sb, List<string> cells)
    {
        sb.Append('|');
        foreach (var cell in cells)
        {
            sb.Append(' ').Append(MarkdownText.Cell(cell)).Append(" |");
        }

        sb.Append('\n');
    }
}
