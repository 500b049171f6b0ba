using OpenGovInfo.Domain.Staff;

namespace OpenGovInfo.Domain.Publishing;

/// <summary>One allowed (action, state) pair: the role it needs, the usual target, and whether it is a review step.</summary>
/// <param name="Role">The role the actor must hold.</param>
/// <param name="To">The target state (the workflow refines it for passes and approvals).</param>
/// <param name="IsReviewStep">True for passing, approving and returning: never by the item's own author or submitter.</param>
internal sealed record ReviewRule(StaffRoles Role, ItemState To, bool IsReviewStep);
