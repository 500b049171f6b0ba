namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>
/// One national layout of the annual report, as data: every code and exact label lives here once.
/// Renderers print from it, readers match against it, rules and aggregation walk it.
/// </summary>
public sealed class AnnualReportFormat
{
    internal AnnualReportFormat(
        ReportFormat id,
        string document,
        IReadOnlyList<ProactiveBlock> proactiveBlocks,
        IReadOnlyList<ApplicationRowDefinition> rows)
    {
        Id = id;
        Document = document;
        ProactiveBlocks = proactiveBlocks;
        ApplicationRows = rows;
        ProactiveItems = [.. proactiveBlocks.SelectMany(b => b.Items)];
        rowIndex = rows.Select((r, i) => (r.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        itemBlocks = proactiveBlocks.SelectMany(b => b.Items.Select(i => (i.Code, b)))
            .ToDictionary(x => x.Code, x => x.b, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, int> rowIndex;
    private readonly Dictionary<string, ProactiveBlock> itemBlocks;

    /// <summary>The format's identity.</summary>
    public ReportFormat Id { get; }

    /// <summary>The value of the canonical JSON <c>format</c> field ("2021" or "2019").</summary>
    public string JsonName => ((int)Id).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The notice that issued the format.</summary>
    public string Document { get; }

    /// <summary>Table 2 blocks in print order.</summary>
    public IReadOnlyList<ProactiveBlock> ProactiveBlocks { get; }

    /// <summary>Every Table 2 row across its blocks, in print order.</summary>
    public IReadOnlyList<ProactiveItem> ProactiveItems { get; }

    /// <summary>Table 3 data rows in print order.</summary>
    public IReadOnlyList<ApplicationRowDefinition> ApplicationRows { get; }

    /// <summary>Table 3 columns: identical in both formats.</summary>
    public IReadOnlyList<ApplicantColumn> Columns { get; } = TableLayouts.Columns;

    /// <summary>Table 4 groups: identical in both formats.</summary>
    public IReadOnlyList<ReviewGroup> ReviewGroups { get; } = TableLayouts.ReviewGroups;

    /// <summary>Table 4 result columns: identical in both formats.</summary>
    public IReadOnlyList<ReviewMeasure> ReviewMeasures { get; } = TableLayouts.ReviewMeasures;

    /// <summary>The six sections: identical in both formats.</summary>
    public IReadOnlyList<ReportSection> Sections { get; } = TableLayouts.Sections;

    /// <summary>Index of a Table 3 row code, or -1 when the format has no such row.</summary>
    public int RowIndexOf(string code) => rowIndex.TryGetValue(code, out var i) ? i : -1;

    /// <summary>The Table 2 block an item belongs to, or null when the format has no such item.</summary>
    public ProactiveBlock? BlockOf(string itemCode) => itemBlocks.GetValueOrDefault(itemCode);

    /// <summary>The Table 2 block of an item of this format; throws for an item of another format (a programming error).</summary>
    public ProactiveBlock Block(string itemCode) => itemBlocks[itemCode];

    /// <summary>The row definition for a code; throws for a code of another format (a programming error).</summary>
    public ApplicationRowDefinition Row(string code) => ApplicationRows[rowIndex[code]];
}
