namespace OpenGovInfo.Domain.Applications.Events;

/// <summary>答复 (条例 第三十六条): closes the case with one annual-report outcome (AP-6).</summary>
/// <param name="On">The reply date.</param>
/// <param name="Outcome">The outcome row.</param>
public sealed record Replied(DateOnly On, ApplicationOutcome Outcome) : ApplicationEvent(On);
