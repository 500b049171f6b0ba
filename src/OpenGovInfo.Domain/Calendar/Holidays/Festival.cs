namespace OpenGovInfo.Domain.Calendar.Holidays;

/// <summary>The seven national festivals of 《全国年节及纪念日放假办法》 whose days off the State Council arranges each year.</summary>
public enum Festival
{
    /// <summary>元旦.</summary>
    NewYear,

    /// <summary>春节.</summary>
    SpringFestival,

    /// <summary>清明节.</summary>
    Qingming,

    /// <summary>劳动节.</summary>
    LabourDay,

    /// <summary>端午节.</summary>
    DragonBoat,

    /// <summary>中秋节.</summary>
    MidAutumn,

    /// <summary>国庆节.</summary>
    NationalDay,
}
