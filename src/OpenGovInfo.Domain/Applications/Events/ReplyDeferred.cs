namespace OpenGovInfo.Domain.Applications.Events;

/// <summary>
/// 条例 第三十五条: applications clearly beyond a reasonable number or frequency, with a reasonable explanation, that cannot
/// be answered within the 第三十三条 period — the agency sets a reasonable later reply date and tells the applicant.
/// Not an extension (regulation-deadlines.md §5, art. 35).
/// </summary>
/// <param name="On">The day the applicant was told.</param>
/// <param name="ReplyBy">The reply date set by the agency.</param>
/// <param name="Reason">Why, for the record.</param>
public sealed record ReplyDeferred(DateOnly On, DateOnly ReplyBy, string Reason) : ApplicationEvent(On);
