namespace OpenGovInfo.Domain.Applications.Events;

/// <summary>
/// One append-only entry of a case's log. The log is the truth; status and deadlines are derived by
/// <see cref="ApplicationCase.Replay"/>. <see cref="On"/> is the legal date (China) the act took effect; who did it and the
/// UTC instant are kept by the platform beside the event.
/// </summary>
/// <param name="On">The legal date of the event.</param>
public abstract record ApplicationEvent(DateOnly On);
