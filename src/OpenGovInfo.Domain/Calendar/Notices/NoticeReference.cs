namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>Which State Council notice fixed a year's arrangement: what "why this date" and the calendar page cite.</summary>
/// <param name="Title">《国务院办公厅关于YYYY年部分节假日安排的通知》 as printed.</param>
/// <param name="DocumentNumber">国办发明电〔YYYY〕N号, when the text carries it.</param>
/// <param name="IssuedOn">The date under the signature, when the text carries it.</param>
public sealed record NoticeReference(string Title, string? DocumentNumber, DateOnly? IssuedOn);
