namespace OpenGovInfo.Domain.Applications;

/// <summary>One 补正 round (条例 第三十条; repeatable, AP-3e).</summary>
/// <param name="Number">1, 2, …</param>
/// <param name="RequestedOn">The day of the notice.</param>
/// <param name="NoticeWasLate">AP-3a: the notice came after the 7-working-day deadline.</param>
/// <param name="DueOn">The supplement period set by the agency.</param>
/// <param name="SupplementedOn">The day the supplement was received, or null.</param>
public sealed record SupplementRound(int Number, DateOnly RequestedOn, bool NoticeWasLate, DateOnly DueOn, DateOnly? SupplementedOn);
