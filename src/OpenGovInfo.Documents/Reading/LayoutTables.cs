using AngleSharp.Html.Dom;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Tells a page's layout tables from its data tables. Sites built with table layouts put the whole page, or each
/// report table, in the cell of an outer table; such a table holds no figures of its own. A table is layout when
/// it has a single cell, or when any of its own cells contains another table.
/// </summary>
internal static class LayoutTables
{
    /// <summary>True for a frame or wrapper table whose cells should be read as ordinary blocks.</summary>
    public static bool IsLayout(IHtmlTableElement table)
    {
        var cells = 0;
        foreach (var row in table.Rows)
        {
            foreach (var cell in row.Cells)
            {
                cells++;
                if (cell.QuerySelector("table") is not null)
                {
                    return true;
                }
            }
        }

        return cells <= 1;
    }
}
