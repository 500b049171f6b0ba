namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>
/// A parsed 《国务院办公厅关于YYYY年部分节假日安排的通知》, or an amendment of an announced year
/// (《关于调整2019年劳动节假期安排的通知》, 《关于延长2020年春节假期的通知》), which changes only the festivals it names.
/// </summary>
/// <param name="Year">The year it arranges.</param>
/// <param name="Reference">Title, document number and date.</param>
/// <param name="IsAmendment">True for a notice that changes a year already announced.</param>
/// <param name="Arrangements">The festival lines, in the notice's order.</param>
/// <param name="Warnings">Things a person should look at that do not make the text wrong (e.g. a festival not mentioned).</param>
public sealed record HolidayNotice(
    int Year,
    NoticeReference Reference,
    bool IsAmendment,
    IReadOnlyList<HolidayArrangement> Arrangements,
    IReadOnlyList<string> Warnings);
