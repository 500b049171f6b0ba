namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>What a person decided about a finding.</summary>
public enum VerdictDecision
{
    /// <summary>The finding is right (确认).</summary>
    Accept,

    /// <summary>The finding is wrong or does not matter here (驳回), for the reason given.</summary>
    Dismiss,
}
