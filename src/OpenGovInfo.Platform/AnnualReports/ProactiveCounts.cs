namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// The overview's proactive-disclosure figures: items published in the year (Beijing time) by the five headline
/// categories the national reports quote (工作动态, 计划总结, 人事信息, 行政执法信息, 其他); the 第二十条 categories count
/// under 其他 here because Table 2 reports them from the registers.
/// </summary>
/// <param name="Total">All items published in the year.</param>
/// <param name="ByCategory">Headline category code → count, in print order.</param>
public sealed record ProactiveCounts(int Total, IReadOnlyList<(string Code, string Name, int Count)> ByCategory);
