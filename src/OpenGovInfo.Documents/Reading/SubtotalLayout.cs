using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Table 3 variant layouts (govnianbao's 200/232-number reports): an eighth column 法人或其他组织 小计 after the five
/// organisation columns, and （三）…（六） category rows that print their own totals. The canonical table has no
/// place for either; the reader takes them out of the rows it reads (so the seven canonical cells stay in place)
/// and keeps their printed values for the audit (C4).
/// </summary>
internal static class SubtotalLayout
{
    /// <summary>Cells of a row in the layout with the 小计 column.</summary>
    public static readonly int WideColumns = TableLayouts.ColumnCount + 1;

    /// <summary>Where the 小计 column is printed: after 其他, before 总计.</summary>
    public static readonly int SubtotalIndex = TableLayouts.TotalColumn;

    private static readonly string Subtotal = LabelKey.Of("小计");
    private static readonly string[] SubtotalWords = [Subtotal, LabelKey.Of("合计")];

    /// <summary>True when Table 3's header (the text before its first figures) prints a 小计 column.</summary>
    public static bool HasSubtotalColumn(TokenContext context)
    {
        var first = context.NumbersIn(3).Select(i => (int?)i).FirstOrDefault();
        return first is { } i && context.Labels[i] is { } header && header.Contains(Subtotal, StringComparison.Ordinal);
    }

    /// <summary>
    /// A run of whole eight-cell rows without their 小计 cells, and the 小计 chunks in row order; the run as it is
    /// when it is not whole eight-cell rows (glued digits cannot say which digits are the 小计, so nothing is
    /// taken out and the row reads as it would in the standard layout).
    /// </summary>
    public static (IReadOnlyList<NumberChunk> Cells, List<NumberChunk> Subtotals) Split(IReadOnlyList<NumberChunk> chunks)
    {
        if (chunks.Count == 0 || chunks.Count % WideColumns != 0)
        {
            return (chunks, []);
        }

        var cells = new List<NumberChunk>(chunks.Count);
        var subtotals = new List<NumberChunk>();
        for (var i = 0; i < chunks.Count; i++)
        {
            (i % WideColumns == SubtotalIndex ? subtotals : cells).Add(chunks[i]);
        }

        return (cells, subtotals);
    }

    /// <summary>
    /// The category whose own row the label before a run names — "（三）不予公开" alone, or with 小计/合计, or a bare
    /// 小计 row after the category's items (then <paramref name="previousRow"/>'s category) — or null for an
    /// ordinary row.
    /// </summary>
    public static OutcomeCategory? CategoryRow(AnnualReportFormat format, string label, int previousRow)
    {
        var rest = label;
        var worded = false;
        foreach (var word in SubtotalWords)
        {
            if (rest.EndsWith(word, StringComparison.Ordinal))
            {
                rest = rest[..^word.Length];
                worded = true;
                break;
            }
        }

        var categories = format.ApplicationRows.Select(r => r.Category).OfType<OutcomeCategory>().Distinct();
        if (categories.FirstOrDefault(c => rest.EndsWith(LabelKey.Of(c.Label), StringComparison.Ordinal)) is { } named)
        {
            return named;
        }

        return worded && previousRow >= 0 && previousRow < format.ApplicationRows.Count ? format.ApplicationRows[previousRow].Category : null;
    }

    /// <summary>A printed category row as subtotals: its seven cells when they read one way only, and its 小计.</summary>
    public static IEnumerable<PrintedSubtotal> OfCategoryRow(OutcomeCategory category, IReadOnlyList<NumberChunk> cells,
        NumberChunk? subtotal, SourcePlace place)
    {
        var row = category.Code + PrintedSubtotal.CategorySuffix;
        var (splits, truncated) = GluedDigitSplitter.Split(cells, TableLayouts.ColumnCount);
        if (!truncated && splits.Count == 1)
        {
            for (var c = 0; c < TableLayouts.ColumnCount; c++)
            {
                yield return Printed(row, TableLayouts.Columns[c].Code, splits[0][c], place);
            }
        }

        if (subtotal is { } s)
        {
            yield return Of(row, s, place);
        }
    }

    /// <summary>The 小计 cell of a row as printed.</summary>
    public static PrintedSubtotal Of(string row, NumberChunk chunk, SourcePlace place) =>
        Printed(row, PrintedSubtotal.OrganisationColumn,
            chunk.Digits is { } d && decimal.TryParse(d, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null,
            place);

    private static PrintedSubtotal Printed(string row, string column, decimal? value, SourcePlace place) =>
        new(row, column, value, place.Page > 0 ? place.Page : null, place.Line > 0 ? place.Line : null);
}
