namespace OpenGovInfo.Domain.Applications.Events;

/// <summary>缴费: within the payment window.</summary>
/// <param name="On">The day of payment.</param>
public sealed record FeePaid(DateOnly On) : ApplicationEvent(On);
