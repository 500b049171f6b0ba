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

    /// <summary><paramref name="instant"/> as Beijing time (the offset China's wall clocks show).</summary>
    public static DateTimeOffset InChina(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The instant at which China's wall clocks show <paramref name="date"/> <paramref name="time"/>.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
#pragma warning disable RS0030 // The one place that pairs a China wall-clock time with China's offset.
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
#pragma warning restore RS0030
    }

    /// <summary>The instant (in UTC) at which <paramref name="year"/> begins in China: the bound of a calendar year's records.</summary>
    public static DateTimeOffset StartOfYear(int year) => At(new DateOnly(year, 1, 1), TimeOnly.MinValue).ToUniversalTime();

    private static TimeZoneInfo FindZone()
    {
        try
        {
#pragma warning disable RS0030 // The zone's one lookup; everything else asks ChinaTime.Zone.
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
#pragma warning restore RS0030
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
