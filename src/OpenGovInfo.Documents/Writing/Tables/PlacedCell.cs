namespace OpenGovInfo.Documents.Writing.Tables;

/// <summary>A cell with the grid position of its top-left corner.</summary>
internal sealed record PlacedCell(GridCell Cell, int Row, int Column)
{
    /// <summary>The last grid row the cell covers.</summary>
    public int LastRow => Row + Cell.RowSpan - 1;

    /// <summary>The last grid column the cell covers.</summary>
    public int LastColumn => Column + Cell.ColSpan - 1;
}
