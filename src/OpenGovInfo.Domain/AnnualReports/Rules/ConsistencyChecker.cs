namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>Runs every consistency rule of annual-report-format.md §3 over a report.</summary>
public static class ConsistencyChecker
{
    /// <summary>All rules, in the order their findings are listed.</summary>
    public static IReadOnlyList<IConsistencyRule> Rules { get; } =
    [
        new ColumnBalanceRule(),
        new OutcomeSumRule(),
        new ApplicantTotalRule(),
        new ApplicationsNonNegativeRule(),
        new ProcessedNotAboveAvailableRule(),
        new CarryOverAcrossYearsRule(),
        new ReviewTotalRule(),
        new ReviewNonNegativeRule(),
        new ProactiveNonNegativeRule(),
        new InForceContinuityRule(),
        new RuleMakingPowerRule(),
        new FeeStatementRule(),
        new NarrativeFiguresRule(),
    ];

    /// <summary>The findings of every rule; cross-year rules use <paramref name="previous"/> when given.</summary>
    public static IReadOnlyList<Finding> Check(AnnualReport report, AnnualReport? previous = null)
    {
        var findings = new List<Finding>();
        var context = previous is null ? RuleContext.None : new RuleContext(previous);
        foreach (var rule in Rules)
        {
            rule.Check(report, context, findings);
        }

        return findings;
    }
}
