namespace OpenGovInfo.Domain.Applications.Events;

/// <summary>征求意见书发出 (条例 第三十二条、第三十四条). Several may run at once.</summary>
/// <param name="On">The day the letter was sent.</param>
/// <param name="Id">The consultation's id within the case (e.g. the consulted party).</param>
/// <param name="Kind">Third party or co-producing agency.</param>
/// <param name="DeliveredOn">The day the consulted party received it (its 15 working days run from there); the sending day when unknown.</param>
public sealed record ConsultationStarted(DateOnly On, string Id, ConsultationKind Kind, DateOnly? DeliveredOn = null) : ApplicationEvent(On);
