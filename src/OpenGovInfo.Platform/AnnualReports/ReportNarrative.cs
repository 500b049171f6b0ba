namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>The editable sections; null keeps the last version's text (or the pre-filled one on the first save).</summary>
/// <param name="Overview">一、总体情况.</param>
/// <param name="ProblemsAndImprovements">五、存在的主要问题及改进情况.</param>
/// <param name="OtherMatters">六、其他需要报告的事项.</param>
public sealed record ReportNarrative(string? Overview, string? ProblemsAndImprovements, string? OtherMatters)
{
    /// <summary>Keep everything (compile again with the last narrative).</summary>
    public static ReportNarrative Unchanged { get; } = new(null, null, null);

    /// <summary>Longest section accepted.</summary>
    public const int MaxLength = 20_000;
}
