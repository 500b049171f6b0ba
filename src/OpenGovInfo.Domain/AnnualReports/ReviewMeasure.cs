namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>A result column inside each Table 4 group, e.g. 结果维持.</summary>
/// <param name="Code">Stable identifier, e.g. <c>upheld</c>.</param>
/// <param name="Label">Exact printed label.</param>
/// <param name="IsTotal">True for 总计 (= the four results).</param>
public sealed record ReviewMeasure(string Code, string Label, bool IsTotal = false);
