namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>One consistency rule (勾稽关系) of annual-report-format.md §3.</summary>
public interface IConsistencyRule
{
    /// <summary>The rule id, e.g. <c>T3-1</c>.</summary>
    string Id { get; }

    /// <summary>
    /// Adds a finding for every place the report breaks the rule. A rule is evaluated only where every cell it
    /// involves is known; one that cannot be evaluated adds nothing.
    /// </summary>
    void Check(AnnualReport report, RuleContext context, ICollection<Finding> findings);
}
