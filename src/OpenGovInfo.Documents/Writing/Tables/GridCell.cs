namespace OpenGovInfo.Documents.Writing.Tables;

/// <summary>One printed cell with its merge extent, in the HTML sense: covered positions are not listed.</summary>
/// <param name="Text">The printed text; empty for an unknown value.</param>
/// <param name="Kind">The cell's role.</param>
/// <param name="RowSpan">Rows it covers downwards (≥ 1).</param>
/// <param name="ColSpan">Columns it covers to the right (≥ 1).</param>
internal sealed record GridCell(string Text, GridCellKind Kind, int RowSpan = 1, int ColSpan = 1);
