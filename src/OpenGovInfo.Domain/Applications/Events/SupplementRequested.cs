namespace OpenGovInfo.Domain.Applications.Events;

/// <summary>补正告知 (条例 第三十条): one notice per round, covering everything, with a reasonable period set by the agency (AP-3b).</summary>
/// <param name="On">The day the notice was issued.</param>
/// <param name="DueOn">The last day to supplement (合理的补正期限, data — no national number).</param>
public sealed record SupplementRequested(DateOnly On, DateOnly DueOn) : ApplicationEvent(On);
