namespace OpenGovInfo.Domain.Calendar;

/// <summary>
/// Identifies the calendar data a deadline was computed with: the SHA-256 of the CSV text (UTF-8) and the last date
/// it covers. Stored with every deadline so that a later calendar edit is visible and never silently moves it.
/// </summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the calendar CSV's UTF-8 bytes.</param>
/// <param name="KnownThrough">The last date the calendar covers (31 December of its last year).</param>
public sealed record CalendarVersion(string Sha256, DateOnly KnownThrough);
