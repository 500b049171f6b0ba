namespace OpenGovInfo.Domain.Applications.Events;

/// <summary>逾期未缴费，视为放弃申请 (FEE-5): allowed only after the payment window; outcome （六）2.</summary>
/// <param name="On">The day the agency recorded it.</param>
public sealed record FeeAbandoned(DateOnly On) : ApplicationEvent(On);
