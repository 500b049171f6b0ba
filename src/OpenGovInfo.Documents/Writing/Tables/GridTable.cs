namespace OpenGovInfo.Documents.Writing.Tables;

/// <summary>
/// A format-neutral table with merged cells: HTML writes it as is, DOCX and PDF place it on a grid first
/// (<see cref="GridPlacement"/>). Built once per table from the Domain definitions by <see cref="ReportGrids"/>.
/// </summary>
/// <param name="Caption">The table's title, taken from its section heading.</param>
/// <param name="ColumnWeights">Relative column widths; their count is the number of grid columns.</param>
/// <param name="Groups">Header and body row groups, top to bottom.</param>
internal sealed record GridTable(string Caption, IReadOnlyList<float> ColumnWeights, IReadOnlyList<GridRowGroup> Groups)
{
    /// <summary>Number of grid columns.</summary>
    public int ColumnCount => ColumnWeights.Count;

    /// <summary>Every row, top to bottom.</summary>
    public IEnumerable<GridRow> Rows => Groups.SelectMany(g => g.Rows);
}
