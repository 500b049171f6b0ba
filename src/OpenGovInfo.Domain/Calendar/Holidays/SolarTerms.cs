namespace OpenGovInfo.Domain.Calendar.Holidays;

/// <summary>
/// 清明 is a solar term (节气), not a lunar date: the day, in Beijing time, on which the Sun's apparent longitude
/// reaches 15°. Computed with the low-accuracy solar position of Meeus, <i>Astronomical Algorithms</i>, ch. 25
/// (about 0.01°, i.e. a quarter of an hour), which decides the day for every year this calendar serves.
/// </summary>
public static class SolarTerms
{
    private const double J2000 = 2451545.0;

    /// <summary>The date of 清明 (apparent solar longitude 15°) in <paramref name="year"/>, Beijing time.</summary>
    public static DateOnly Qingming(int year) => DateOfLongitude(year, 15.0, month: 4, day: 5);

    /// <summary>The Beijing-time date on which the Sun's apparent longitude reaches <paramref name="degrees"/>, searched near the given month and day.</summary>
    public static DateOnly DateOfLongitude(int year, double degrees, int month, int day)
    {
        var jd = JulianDay(new DateOnly(year, month, day));
        for (var i = 0; i < 8; i++)
        {
            var difference = Normalise(degrees - ApparentLongitude(jd));
            jd += difference / 0.98564736; // mean motion, degrees per day
        }

        // Julian days start at noon UT; Beijing is UT+8 (terrestrial/universal time differ by about a minute: negligible).
        var beijing = jd + 0.5 + (8.0 / 24.0);
        return DateOnly.FromDayNumber((int)Math.Floor(beijing - 1721426.0));
    }

    private static double ApparentLongitude(double jd)
    {
        var t = (jd - J2000) / 36525.0;
        var l0 = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        var m = Radians(357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        var c = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m))
            + (0.000289 * Math.Sin(3 * m));
        var omega = Radians(125.04 - (1934.136 * t));
        return l0 + c - 0.00569 - (0.00478 * Math.Sin(omega));
    }

    private static double JulianDay(DateOnly date) => date.DayNumber + 1721425.5;

    private static double Normalise(double degrees)
    {
        var d = degrees % 360.0;
        return d switch { > 180.0 => d - 360.0, < -180.0 => d + 360.0, _ => d };
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;
}
