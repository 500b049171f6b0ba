namespace OpenGovInfo.Documents.Writing.Tables;

/// <summary>Rows that belong together: the header (thead) or one body (tbody, e.g. one Table 2 block).</summary>
/// <param name="IsHead">True for the column-header rows of Tables 3 and 4.</param>
/// <param name="Rows">The rows, top to bottom.</param>
internal sealed record GridRowGroup(bool IsHead, IReadOnlyList<GridRow> Rows);
