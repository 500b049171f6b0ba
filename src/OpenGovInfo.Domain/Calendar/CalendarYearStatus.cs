namespace OpenGovInfo.Domain.Calendar;

/// <summary>Where a year's holidays come from.</summary>
public enum CalendarYearStatus
{
    /// <summary>正式: from the State Council's notice (imported, or shipped with the product).</summary>
    Official,

    /// <summary>暂定: computed from 《全国年节及纪念日放假办法》 and the 放假调休原则 until the notice is imported.</summary>
    Provisional,
}
