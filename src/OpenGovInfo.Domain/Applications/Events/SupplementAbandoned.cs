namespace OpenGovInfo.Domain.Applications.Events;

/// <summary>逾期不补正，视为放弃申请 (条例 第三十条): allowed only after the supplement period; outcome （六）1.</summary>
/// <param name="On">The day the agency recorded it.</param>
public sealed record SupplementAbandoned(DateOnly On) : ApplicationEvent(On);
