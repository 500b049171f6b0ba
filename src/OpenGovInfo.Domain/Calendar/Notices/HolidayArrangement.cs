using OpenGovInfo.Domain.Calendar.Holidays;

namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>
/// One festival line of a notice: “一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。”
/// </summary>
/// <param name="Festivals">The festivals the line arranges (two for a merged 国庆节、中秋节).</param>
/// <param name="Name">The name as printed, which the calendar rows carry (e.g. 国庆节、中秋节).</param>
/// <param name="Line">1-based line number in the pasted text.</param>
/// <param name="Holiday">The days off, first to last (weekends inside included); null for an extension.</param>
/// <param name="ExtendedTo">For an extension (延长……假期至X日): the new last day off.</param>
/// <param name="MakeUpWorkdays">The weekend days worked (上班), in order.</param>
/// <param name="DeclaredDays">共N天 / 放假N天 as printed, when printed.</param>
public sealed record HolidayArrangement(
    IReadOnlyList<Festival> Festivals,
    string Name,
    int Line,
    DateRange? Holiday,
    DateOnly? ExtendedTo,
    IReadOnlyList<DateOnly> MakeUpWorkdays,
    int? DeclaredDays);
