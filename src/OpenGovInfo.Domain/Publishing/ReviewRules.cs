using OpenGovInfo.Domain.Staff;

namespace OpenGovInfo.Domain.Publishing;

/// <summary>The transition table of <see cref="ReviewWorkflow"/>.</summary>
internal static class ReviewRules
{
    private static readonly Dictionary<(ReviewAction, ItemState), ReviewRule> Table = new()
    {
        [(ReviewAction.Create, ItemState.Draft)] = new(StaffRoles.Editor, ItemState.Draft, false),
        [(ReviewAction.Submit, ItemState.Draft)] = new(StaffRoles.Editor, ItemState.ConfidentialityReview, false),
        [(ReviewAction.Submit, ItemState.Returned)] = new(StaffRoles.Editor, ItemState.ConfidentialityReview, false),

        // 条例 第十七条: information is reviewed under the 保密法 before it is disclosed.
        [(ReviewAction.PassConfidentialityReview, ItemState.ConfidentialityReview)] =
            new(StaffRoles.ConfidentialityReviewer, ItemState.Approval, true),
        [(ReviewAction.PassLegalReview, ItemState.LegalReview)] = new(StaffRoles.LegalReviewer, ItemState.Approval, true),
        [(ReviewAction.Approve, ItemState.Approval)] = new(StaffRoles.Approver, ItemState.Published, true),

        // Each reviewer may return the item at their own stage only.
        [(ReviewAction.Return, ItemState.ConfidentialityReview)] =
            new(StaffRoles.ConfidentialityReviewer, ItemState.Returned, true),
        [(ReviewAction.Return, ItemState.LegalReview)] = new(StaffRoles.LegalReviewer, ItemState.Returned, true),
        [(ReviewAction.Return, ItemState.Approval)] = new(StaffRoles.Approver, ItemState.Returned, true),

        [(ReviewAction.ReleaseScheduled, ItemState.Scheduled)] = new(StaffRoles.System, ItemState.Published, false),
        [(ReviewAction.Withdraw, ItemState.Published)] = new(StaffRoles.Approver, ItemState.Withdrawn, false),
        [(ReviewAction.Withdraw, ItemState.Scheduled)] = new(StaffRoles.Approver, ItemState.Withdrawn, false),

        // A draft that will not be published is withdrawn by its editor (with a reason), not deleted: its history stays.
        [(ReviewAction.Withdraw, ItemState.Draft)] = new(StaffRoles.Editor, ItemState.Withdrawn, false),
        [(ReviewAction.Withdraw, ItemState.Returned)] = new(StaffRoles.Editor, ItemState.Withdrawn, false),

        // Corrections and removed attachments are recorded while the item is the editor's to change.
        [(ReviewAction.Correct, ItemState.Draft)] = new(StaffRoles.Editor, ItemState.Draft, false),
        [(ReviewAction.Correct, ItemState.Returned)] = new(StaffRoles.Editor, ItemState.Returned, false),
        [(ReviewAction.RemoveAttachment, ItemState.Draft)] = new(StaffRoles.Editor, ItemState.Draft, false),
        [(ReviewAction.RemoveAttachment, ItemState.Returned)] = new(StaffRoles.Editor, ItemState.Returned, false),

        // Republishing a withdrawn item: reopen it as a draft; it passes every review again.
        [(ReviewAction.Revise, ItemState.Withdrawn)] = new(StaffRoles.Editor, ItemState.Draft, false),
    };

    internal static ReviewRule? For(ReviewAction action, ItemState state) => Table.GetValueOrDefault((action, state));

    /// <summary>The rules that start from <paramref name="state"/>, in the order of <see cref="ReviewAction"/>.</summary>
    internal static IEnumerable<(ReviewAction Action, ReviewRule Rule)> From(ItemState state) =>
        Table.Where(pair => pair.Key.Item2 == state).OrderBy(pair => pair.Key.Item1).Select(pair => (pair.Key.Item1, pair.Value));
}
