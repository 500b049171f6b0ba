namespace OpenGovInfo.Domain.Calendar;

/// <summary>
/// China Standard Time (Asia/Shanghai). Legal dates (received, formed, published, overdue) are dates in this zone;
/// instants are stored in UTC.
/// </summary>
public static class ChinaTime
{
    private static readonly Lazy<TimeZoneInfo> LazyZone = new(FindZone);

    /// <summary>Asia/Shanghai from the system's time-zone data, or a fixed UTC+8 zone when it is not installed.</summary>
    public static TimeZoneInfo Zone => LazyZone.Value;

    /// <summary>The date in China at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>Today's date in China according to <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            return Fallback();
        }
        catch (InvalidTimeZoneException)
        {
            return Fallback();
        }
    }

    // China has had no daylight saving time since 1991, so a fixed offset gives the same dates for current instants.
    private static TimeZoneInfo Fallback() =>
        TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
}
