namespace OpenGovInfo.Domain.Calendar;

/// <summary>One row of the official calendar: a weekday off or a weekend working day.</summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">Holiday (weekday off) or make-up workday (weekend working day).</param>
/// <param name="Name">The holiday's name as printed in the State Council notice, e.g. 春节 or 国庆节、中秋节.</param>
public sealed record CalendarEntry(DateOnly Date, CalendarEntryKind Kind, string Name);
