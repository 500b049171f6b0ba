namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>How serious a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>A hard rule is broken, or a reader could not read a cell.</summary>
    Error,

    /// <summary>A heuristic, soft or cross-year rule that can legitimately be broken.</summary>
    Warning,
}
