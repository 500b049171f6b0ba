namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>What a rule may look at besides the report itself.</summary>
/// <param name="Previous">The same body's report for the year before, for the cross-year rules (T3-6, T2-2).</param>
public sealed record RuleContext(AnnualReport? Previous = null)
{
    /// <summary>No previous report.</summary>
    public static RuleContext None { get; } = new();

    /// <summary>
    /// The previous report when it can be compared: years consecutive where both are known.
    /// A report of another year is not the carry-over partner, so the cross-year rules stay silent.
    /// </summary>
    public AnnualReport? ComparablePrevious(AnnualReport report) =>
        Previous is { } p && (p.Year is null || report.Year is null || p.Year == report.Year - 1) ? p : null;
}
