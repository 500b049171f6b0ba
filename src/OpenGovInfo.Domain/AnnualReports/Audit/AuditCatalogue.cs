using OpenGovInfo.Domain.AnnualReports.Rules;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// Which catalogue check (audit-criteria.md) each of the engine's table rules implements. Those findings keep their
/// rule ids (people already cite T3-1); this says which catalogue item they answer.
/// </summary>
public static class AuditCatalogue
{
    /// <summary>Table rule id → catalogue id.</summary>
    public static IReadOnlyDictionary<string, string> OfRule { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [RuleIds.ColumnBalance] = "C1",
        [RuleIds.ProcessedNotAboveAvailable] = "C1",
        [RuleIds.OutcomeSum] = "C2",
        [RuleIds.ApplicantTotal] = "C3",
        [RuleIds.ReviewTotal] = "C5",
        [RuleIds.ApplicationsNonNegative] = "C6",
        [RuleIds.ReviewNonNegative] = "C6",
        [RuleIds.ProactiveNonNegative] = "C6",
        [RuleIds.CarryOverAcrossYears] = "D1",
        [RuleIds.InForceContinuity] = "D2",
        [RuleIds.FeeStatement] = "F2",
        [RuleIds.NarrativeFigures] = "E1",
        [RuleIds.RuleMakingPower] = "B4",
        [RuleIds.Read] = "H1",
    };

    /// <summary>The catalogue id a finding answers: its own rule when it is a catalogue id.</summary>
    public static string Of(string rule) => OfRule.TryGetValue(rule, out var id) ? id : rule;
}
