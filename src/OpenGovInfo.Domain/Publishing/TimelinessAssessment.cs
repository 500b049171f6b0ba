using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Publishing;

/// <summary>An item's timeliness on a given day.</summary>
/// <param name="Deadline">The stored publish-by deadline.</param>
/// <param name="Status">The status.</param>
/// <param name="WorkingDaysLeft">
/// Working days after today up to and including the publish-by date (0 on the day itself, negative when late);
/// null once published.
/// </param>
public sealed record TimelinessAssessment(Deadline Deadline, TimelinessStatus Status, int? WorkingDaysLeft)
{
    /// <summary>True for the staff dashboard's list: unpublished items that are at risk or late.</summary>
    public bool NeedsAttention => Status is TimelinessStatus.AtRisk or TimelinessStatus.Late;
}
