using System.Globalization;
using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Documents.Registers;

/// <summary>Turns a grid (row 1 = the header) into rows keyed by header, checking the shape of the table.</summary>
internal static class RegisterTable
{
    internal static RegisterFile Build(List<string[]> grid, RegisterFileLimits limits)
    {
        TrimTrailingBlankRows(grid);
        if (grid.Count == 0)
        {
            return RegisterFile.Failed([RegisterFileReader.FileIssue("文件为空")]);
        }

        var headers = grid[0].Select(h => h.Trim()).ToArray();
        var issues = CheckHeaders(headers, limits);
        if (issues.Count == 0 && grid.Count - 1 > limits.MaxRows)
        {
            issues.Add(new ImportIssue(0, "", Invariant($"数据行过多（{grid.Count - 1} 行，上限 {limits.MaxRows} 行）")));
        }

        if (issues.Count > 0)
        {
            return RegisterFile.Failed(issues);
        }

        var rows = new List<IReadOnlyDictionary<string, string>>(grid.Count - 1);
        for (var r = 1; r < grid.Count; r++)
        {
            rows.Add(RowOf(headers, grid[r], r + 1, issues));
        }

        return issues.Count > 0 ? RegisterFile.Failed(issues) : new RegisterFile(rows, []);
    }

    private static List<ImportIssue> CheckHeaders(string[] headers, RegisterFileLimits limits)
    {
        var issues = new List<ImportIssue>();
        if (headers.All(h => h.Length == 0))
        {
            issues.Add(new ImportIssue(1, "", "第 1 行应为列名（表头），但它是空的"));
            return issues;
        }

        if (headers.Length > limits.MaxColumns)
        {
            issues.Add(new ImportIssue(1, "", Invariant($"列数过多（{headers.Length} 列，上限 {limits.MaxColumns} 列）")));
        }

        foreach (var group in headers.Select((h, i) => (h, i)).Where(x => x.h.Length > 0).GroupBy(x => x.h, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
            {
                var columns = string.Join("、", group.Select(x => Invariant($"第 {x.i + 1} 列")));
                issues.Add(new ImportIssue(1, group.Key, $"列名“{group.Key}”重复（{columns}）"));
            }
        }

        return issues;
    }

    private static Dictionary<string, string> RowOf(string[] headers, string[] cells, int rowNumber, List<ImportIssue> issues)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var c = 0; c < Math.Max(headers.Length, cells.Length); c++)
        {
            var value = c < cells.Length ? cells[c] : "";
            if (c < headers.Length && headers[c].Length > 0)
            {
                row[headers[c]] = value;
            }
            else if (value.Trim().Length > 0)
            {
                // Data under no header would be silently dropped; say so instead.
                issues.Add(new ImportIssue(rowNumber, "", Invariant($"第 {c + 1} 列有数据“{value.Trim()}”但没有列名")));
            }
        }

        return row;
    }

    /// <summary>Excel and editors leave blank lines at the end; blank rows in the middle are kept so row numbers hold.</summary>
    private static void TrimTrailingBlankRows(List<string[]> grid)
    {
        while (grid.Count > 0 && grid[^1].All(string.IsNullOrWhiteSpace))
        {
            grid.RemoveAt(grid.Count - 1);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
