namespace OpenGovInfo.Domain.Calendar.Holidays;

/// <summary>
/// The statutory days off (法定节假日) of 《全国年节及纪念日放假办法》 in the text in force in a year: the 1999 text
/// (to 2007), the 2007 text (Decree 513, 2008–2013), the 2013 text (Decree 644, 2014–2024) and the 2024 text
/// (Decree 795, from 2025). A notice's holiday for a festival must contain these days.
/// </summary>
public static class StatutoryHolidays
{
    /// <summary>The statutory days of <paramref name="festival"/> in <paramref name="year"/>, in date order.</summary>
    public static IReadOnlyList<DateOnly> Of(Festival festival, int year) => festival switch
    {
        Festival.NewYear => [new DateOnly(year, 1, 1)],
        Festival.SpringFestival => SpringFestival(year),
        Festival.Qingming => year >= 2008 ? [SolarTerms.Qingming(year)] : [],
        Festival.LabourDay => LabourDay(year),
        Festival.DragonBoat => year >= 2008 ? [LunarDates.DragonBoat(year)] : [],
        Festival.MidAutumn => year >= 2008 ? [LunarDates.MidAutumn(year)] : [],
        Festival.NationalDay => [new DateOnly(year, 10, 1), new DateOnly(year, 10, 2), new DateOnly(year, 10, 3)],
        _ => throw new ArgumentOutOfRangeException(nameof(festival), festival, null),
    };

    /// <summary>Short Chinese description of the days, e.g. “农历除夕、正月初一至初三”, for messages.</summary>
    public static string Describe(Festival festival, int year) => festival switch
    {
        Festival.SpringFestival when year >= 2025 => "农历除夕、正月初一至初三",
        Festival.SpringFestival when year >= 2014 => "正月初一至初三",
        Festival.SpringFestival when year >= 2008 => "农历除夕、正月初一、初二",
        Festival.SpringFestival => "正月初一至初三",
        Festival.LabourDay when year >= 2025 => "5月1日、2日",
        Festival.LabourDay when year >= 2008 => "5月1日",
        Festival.LabourDay => "5月1日至3日",
        Festival.NationalDay => "10月1日至3日",
        Festival.Qingming => "清明节气当日",
        Festival.DragonBoat => "农历五月初五",
        Festival.MidAutumn => "农历八月十五",
        _ => "1月1日",
    };

    private static DateOnly[] SpringFestival(int year)
    {
        var first = LunarDates.SpringFestival(year);
        return year switch
        {
            >= 2025 => [first.AddDays(-1), first, first.AddDays(1), first.AddDays(2)],
            >= 2014 => [first, first.AddDays(1), first.AddDays(2)],
            >= 2008 => [first.AddDays(-1), first, first.AddDays(1)],
            _ => [first, first.AddDays(1), first.AddDays(2)],
        };
    }

    private static DateOnly[] LabourDay(int year) => year switch
    {
        >= 2025 => [new DateOnly(year, 5, 1), new DateOnly(year, 5, 2)],
        >= 2008 => [new DateOnly(year, 5, 1)],
        _ => [new DateOnly(year, 5, 1), new DateOnly(year, 5, 2), new DateOnly(year, 5, 3)],
    };
}
