namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>A date as written in a notice line, with the words in the parenthesis after it (weekday, lunar day).</summary>
/// <param name="Date">The date, its year and month filled from the context.</param>
/// <param name="Text">The date as written, e.g. “3日” or “2018年12月29日”.</param>
/// <param name="Note">The parenthesis after it, e.g. “农历除夕、周二”, or empty.</param>
internal sealed record DateMention(DateOnly Date, string Text, string Note);
