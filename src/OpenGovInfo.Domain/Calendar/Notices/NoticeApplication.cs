namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>The rows of a notice's year after applying it, or why it cannot be applied (never both).</summary>
/// <param name="Entries">The year's weekday holidays and weekend workdays, in date order.</param>
/// <param name="Error">Why it cannot be applied, in Chinese.</param>
public sealed record NoticeApplication(IReadOnlyList<CalendarEntry>? Entries, string? Error)
{
    /// <summary>True when <see cref="Entries"/> is set.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Entries))]
    public bool IsSuccess => Entries is not null;
}
