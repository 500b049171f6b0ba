namespace OpenGovInfo.Domain.Applications.Events;

/// <summary>申请人撤回申请: closes the case, outcome （六）3.其他.</summary>
/// <param name="On">The day of withdrawal.</param>
public sealed record Withdrawn(DateOnly On) : ApplicationEvent(On);
