namespace OpenGovInfo.Documents.Writing;

/// <summary>Every renderer, looked up by name.</summary>
public static class ReportRenderers
{
    /// <summary>All renderers, in the order help text lists them.</summary>
    public static IReadOnlyList<IReportRenderer> All { get; } =
    [
        new HtmlReportRenderer(),
        new DocxReportRenderer(),
        new PdfReportRenderer(),
        new MarkdownReportRenderer(),
    ];

    /// <summary>The renderer for a format name (case-insensitive), or null.</summary>
    public static IReportRenderer? Find(string name) =>
        All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
