namespace OpenGovInfo.Documents.Writing.Tables;

/// <summary>A printed row: the cells that start in it, left to right.</summary>
/// <param name="Cells">Cells starting in this row.</param>
/// <param name="Code">The data row's code (Table 3 row or Table 2 item), or null for header rows.</param>
internal sealed record GridRow(IReadOnlyList<GridCell> Cells, string? Code = null);
