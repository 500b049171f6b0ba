using System.Globalization;

namespace OpenGovInfo.Domain.Calendar.Holidays;

/// <summary>
/// Gregorian dates of the lunar festivals (农历节日) from .NET's <see cref="ChineseLunisolarCalendar"/>, which covers
/// Gregorian 1901-02-19 to 2101-01-28.
/// </summary>
public static class LunarDates
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>The first Gregorian year whose festivals can be computed.</summary>
    public const int FirstYear = 1902;

    /// <summary>The last Gregorian year whose festivals (including next year's 除夕 lookup) can be computed.</summary>
    public const int LastYear = 2099;

    /// <summary>正月初一 of the lunar year that starts in Gregorian <paramref name="year"/>.</summary>
    public static DateOnly SpringFestival(int year) => Gregorian(year, 1, 1);

    /// <summary>农历除夕: the last day of the lunar year, the eve of <see cref="SpringFestival"/>.</summary>
    public static DateOnly NewYearsEve(int year) => SpringFestival(year).AddDays(-1);

    /// <summary>端午节: 五月初五.</summary>
    public static DateOnly DragonBoat(int year) => Gregorian(year, 5, 5);

    /// <summary>中秋节: 八月十五.</summary>
    public static DateOnly MidAutumn(int year) => Gregorian(year, 8, 15);

    /// <summary>The Gregorian date of lunar <paramref name="month"/>/<paramref name="day"/> (non-leap month) of the lunar year starting in <paramref name="year"/>.</summary>
    public static DateOnly Gregorian(int year, int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear + 1);
        // A leap month L (GetLeapMonth) is numbered L and pushes every later month one place on: 五月 is 6 when the leap
        // month follows 四月.
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }
}
