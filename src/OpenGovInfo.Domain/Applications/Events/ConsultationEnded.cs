namespace OpenGovInfo.Domain.Applications.Events;

/// <summary>收到意见 (or the agency closes the consultation): the excluded time ends here, or at the lapse day if earlier.</summary>
/// <param name="On">The day the response arrived.</param>
/// <param name="Id">The consultation's id.</param>
public sealed record ConsultationEnded(DateOnly On, string Id) : ApplicationEvent(On);
