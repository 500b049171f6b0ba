namespace OpenGovInfo.Platform.WorkQueue;

/// <summary>One thing waiting for the staff member.</summary>
/// <param name="Kind">Item, application or report.</param>
/// <param name="Title">What it is.</param>
/// <param name="WaitingFor">The step waiting, e.g. 待保密审查, 已退回待修改.</param>
/// <param name="Link">The staff page to act on.</param>
/// <param name="DueOn">The statutory deadline (China date), if any.</param>
/// <param name="WorkingDaysLeft">Working days from today to the deadline by the official calendar.</param>
/// <param name="IsOverdue">The deadline has passed.</param>
public sealed record WorkQueueEntry(WorkKind Kind, string Title, string WaitingFor, string Link, DateOnly? DueOn, int? WorkingDaysLeft,
    bool IsOverdue);
