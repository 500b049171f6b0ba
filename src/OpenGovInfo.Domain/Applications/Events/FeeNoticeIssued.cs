namespace OpenGovInfo.Domain.Applications.Events;

/// <summary>收费通知 (国办函〔2020〕109号, FEE-5): one per application, within the processing period.</summary>
/// <param name="On">The day it was issued.</param>
/// <param name="ReceivedOn">The day the applicant received it; the 20-working-day payment window runs from the next day.</param>
/// <param name="Method">按件 or 按量 — one method (FEE-1).</param>
/// <param name="AmountFen">The amount in fen (分), positive.</param>
public sealed record FeeNoticeIssued(DateOnly On, DateOnly ReceivedOn, FeeMethod Method, long AmountFen) : ApplicationEvent(On);
