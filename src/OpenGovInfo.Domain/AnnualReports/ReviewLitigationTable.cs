namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>Table 4 (政府信息公开行政复议、行政诉讼情况): 3 groups × 5 results, printed as one row of 15.</summary>
public sealed class ReviewLitigationTable
{
    /// <summary>Cells per group.</summary>
    public const int MeasureCount = 5;

    private readonly int?[]?[] groups = [new int?[MeasureCount], new int?[MeasureCount], new int?[MeasureCount]];

    /// <summary>A group's five cells by index (print order), or null when the group was not read.</summary>
    public int?[]? GroupAt(int index) => groups[index];

    /// <summary>A group's five cells by code, or null when the group was not read.</summary>
    public int?[]? Group(string code) => groups[IndexOf(code)];

    /// <summary>Replaces a group's cells or marks it as not read (null).</summary>
    public void SetGroup(string code, int?[]? cells)
    {
        if (cells is not null && cells.Length != MeasureCount)
        {
            throw new ArgumentException($"A Table 4 group has {MeasureCount} cells.", nameof(cells));
        }

        groups[IndexOf(code)] = cells;
    }

    /// <summary>The 15 cells in print order (null where a group or cell is unknown).</summary>
    public IEnumerable<int?> Flattened() =>
        groups.SelectMany(g => g ?? new int?[MeasureCount]);

    private static int IndexOf(string code)
    {
        for (var i = 0; i < TableLayouts.ReviewGroups.Count; i++)
        {
            if (string.Equals(TableLayouts.ReviewGroups[i].Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(code), code, "Not a Table 4 group.");
    }
}
