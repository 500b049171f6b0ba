namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>One stacked block of Table 2: its title row (第二十条第（一）项), header row and data rows.</summary>
/// <param name="Title">Exact block title, e.g. <c>第二十条第（一）项</c>.</param>
/// <param name="Measures">The numeric columns after 信息内容, in print order.</param>
/// <param name="Items">The data rows, in print order.</param>
public sealed record ProactiveBlock(string Title, IReadOnlyList<ProactiveMeasure> Measures, IReadOnlyList<ProactiveItem> Items)
{
    /// <summary>The first header cell of every block.</summary>
    public const string ItemHeader = "信息内容";
}
