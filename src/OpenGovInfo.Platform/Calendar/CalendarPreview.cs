using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Calendar.Notices;

namespace OpenGovInfo.Platform.Calendar;

/// <summary>What importing a notice would do, shown before the administrator confirms.</summary>
/// <param name="Notice">The parsed notice, or null when the text has errors.</param>
/// <param name="Errors">Every problem, naming its line; nothing can be imported while there are any.</param>
/// <param name="Rows">The year's rows after the import (weekday holidays and weekend workdays).</param>
/// <param name="Calendar">The calendar as it would be after the import (for the month grid), or null on errors.</param>
public sealed record CalendarPreview(HolidayNotice? Notice, IReadOnlyList<string> Errors, IReadOnlyList<CalendarEntry> Rows, WorkingDayCalendar? Calendar)
{
    /// <summary>True when the notice may be imported.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Notice), nameof(Calendar))]
    public bool CanImport => Notice is not null && Calendar is not null && Errors.Count == 0;
}

/// <summary>A stored deadline moved by an import: listed for the administrator and flagged on the item.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="AgencyId">Its agency.</param>
/// <param name="Title">Its title.</param>
/// <param name="Before">The publish-by date before (null when none had been computed).</param>
/// <param name="After">The publish-by date now.</param>
public sealed record MovedDeadline(int ItemId, int AgencyId, string Title, DateOnly? Before, DateOnly After);

/// <summary>The outcome of an import.</summary>
/// <param name="Year">The year imported.</param>
/// <param name="IsAmendment">True for an amendment.</param>
/// <param name="Rows">How many rows the year has now.</param>
/// <param name="Moved">Every stored deadline that moved.</param>
public sealed record CalendarImportReport(int Year, bool IsAmendment, int Rows, IReadOnlyList<MovedDeadline> Moved);
