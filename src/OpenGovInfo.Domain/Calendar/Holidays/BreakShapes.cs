namespace OpenGovInfo.Domain.Calendar.Holidays;

/// <summary>
/// The length and position of each festival's break under the 放假调休原则 of the 2025 notice (PRINCIPLES.md): 春节 8
/// days from 除夕; 国庆节 7 days from 10月1日, 8 merged when 中秋节 falls in it; 劳动节 5 days; 元旦, 清明节, 端午节 and
/// 中秋节 3 days with the weekend or a make-up day, or the day alone when it falls on a Wednesday.
/// </summary>
internal static class BreakShapes
{
    internal static IEnumerable<(string Name, DateRange Holiday, int Statutory)> Of(int year)
    {
        yield return (FestivalNames.Of(Festival.NewYear), ThreeDays(new DateOnly(year, 1, 1)), 1);
        var eve = LunarDates.NewYearsEve(year);
        yield return (FestivalNames.Of(Festival.SpringFestival), new DateRange(eve, eve.AddDays(7)), 4);
        yield return (FestivalNames.Of(Festival.Qingming), ThreeDays(SolarTerms.Qingming(year)), 1);
        yield return (FestivalNames.Of(Festival.LabourDay), LabourDay(year), 2);
        yield return (FestivalNames.Of(Festival.DragonBoat), ThreeDays(LunarDates.DragonBoat(year)), 1);
        foreach (var autumn in Autumn(year))
        {
            yield return autumn;
        }
    }

    // The day with the weekend beside it: Sat–Mon for a Saturday, Sunday or Monday; Sun–Tue for a Tuesday (the Saturday
    // before is worked); Thu–Sat for a Thursday (the Sunday after is worked); Fri–Sun for a Friday; a Wednesday alone.
    internal static DateRange ThreeDays(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Monday or DayOfWeek.Tuesday => new DateRange(day.AddDays(-2), day),
        DayOfWeek.Wednesday => new DateRange(day, day),
        DayOfWeek.Sunday => new DateRange(day.AddDays(-1), day.AddDays(1)),
        _ => new DateRange(day, day.AddDays(2)),
    };

    // Five days from 1 May; when 1 May is a Sunday or Monday the break starts on the Saturday before (as in 2022 and
    // 2023), so that it takes in the whole weekend.
    private static DateRange LabourDay(int year)
    {
        var first = new DateOnly(year, 5, 1);
        var start = first.DayOfWeek switch
        {
            DayOfWeek.Sunday => first.AddDays(-1),
            DayOfWeek.Monday => first.AddDays(-2),
            _ => first,
        };
        return new DateRange(start, start.AddDays(4));
    }

    private static IEnumerable<(string, DateRange, int)> Autumn(int year)
    {
        var midAutumn = LunarDates.MidAutumn(year);
        var october = new DateOnly(year, 10, 1);
        var national = FestivalNames.Of(Festival.NationalDay);
        var autumn = FestivalNames.Of(Festival.MidAutumn);
        if (midAutumn >= october && midAutumn <= october.AddDays(7))
        {
            return [($"{national}、{autumn}", new DateRange(october, october.AddDays(7)), 4)];
        }

        if (midAutumn < october && midAutumn >= october.AddDays(-3))
        {
            return [($"{autumn}、{national}", new DateRange(midAutumn, midAutumn.AddDays(7)), 4)];
        }

        return [(autumn, ThreeDays(midAutumn), 1), (national, new DateRange(october, october.AddDays(6)), 3)];
    }
}
