namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>A data row of Table 2 (an Article 20 item), e.g. 行政规范性文件.</summary>
/// <param name="Code">Stable identifier, e.g. <c>normative_documents</c>.</param>
/// <param name="Label">Exact printed row label.</param>
public sealed record ProactiveItem(string Code, string Label);
