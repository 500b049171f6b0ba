using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Domain.Staff;
using static OpenGovInfo.Domain.Tests.Publishing.WorkflowScript;

namespace OpenGovInfo.Domain.Tests.Publishing;

public class ReviewWorkflowTests
{
    [Fact]
    public void Happy_path_with_legal_review_publishes_and_records_every_transition()
    {
        var item = new WorkflowScript(legalReviewRequired: true);
        item.SubmitAndPassConfidentiality();
        Assert.Equal(ItemState.LegalReview, item.State);
        item.Do(Legal, ReviewAction.PassLegalReview);
        var approved = item.Do(Approver, ReviewAction.Approve);

        Assert.Equal(ItemState.Published, item.State);
        Assert.Equal(
            [ItemState.Draft, ItemState.ConfidentialityReview, ItemState.LegalReview, ItemState.Approval, ItemState.Published],
            item.Events.Select(e => e.To));
        // The timeline is a chain: every event starts where the previous one ended.
        Assert.All(item.Events.Skip(1).Zip(item.Events), p => Assert.Equal(p.Second.To, p.First.From));
        Assert.Equal(approved.At, ReviewWorkflow.Replay(item.Events).FirstPublishedAt);
        Assert.Equal(Approver, approved.ActorId);
    }

    [Fact]
    public void Legal_review_is_skipped_when_not_required()
    {
        var item = new WorkflowScript(legalReviewRequired: false);
        item.SubmitAndPassConfidentiality();
        Assert.Equal(ItemState.Approval, item.State);
        item.Refused(WorkflowErrorCode.InvalidInState, Legal, ReviewAction.PassLegalReview);
    }

    [Fact]
    public void A_reviewer_returns_with_a_comment_and_the_editor_resubmits()
    {
        var item = new WorkflowScript(legalReviewRequired: true);
        item.SubmitAndPassConfidentiality();
        var returned = item.Do(Legal, ReviewAction.Return, "  第三条缺少上位法依据  ");

        Assert.Equal(ItemState.Returned, item.State);
        Assert.Equal((ItemState.LegalReview, "第三条缺少上位法依据"), (returned.From, returned.Comment));
        item.Do(Editor, ReviewAction.Submit);
        Assert.Equal(ItemState.ConfidentialityReview, item.State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Returning_without_a_comment_is_refused(string? comment)
    {
        var item = new WorkflowScript(legalReviewRequired: false);
        item.Do(Editor, ReviewAction.Create);
        item.Do(Editor, ReviewAction.Submit);
        item.Refused(WorkflowErrorCode.CommentRequired, Confidentiality, ReviewAction.Return, comment);
        Assert.Equal(ItemState.ConfidentialityReview, item.State);
    }

    [Fact]
    public void Nobody_approves_their_own_item_even_holding_every_role()
    {
        const StaffRoles all = StaffRoles.Editor | StaffRoles.ConfidentialityReviewer | StaffRoles.Approver;
        var item = new WorkflowScript(legalReviewRequired: false);
        item.Do(Editor, ReviewAction.Create, roles: all);
        item.Do(Editor, ReviewAction.Submit, roles: all);
        item.Refused(WorkflowErrorCode.OwnItem, Editor, ReviewAction.PassConfidentialityReview, roles: all);
        item.Do(Confidentiality, ReviewAction.PassConfidentialityReview);
        item.Refused(WorkflowErrorCode.OwnItem, Editor, ReviewAction.Approve, roles: all);
        item.Refused(WorkflowErrorCode.OwnItem, Editor, ReviewAction.Return, "自己退回", roles: all);
        Assert.Equal(ItemState.Approval, item.State);
    }

    [Fact]
    public void A_second_editor_who_resubmits_cannot_approve_either()
    {
        const string colleague = "editor-2";
        var item = new WorkflowScript(legalReviewRequired: false);
        item.SubmitAndPassConfidentiality();
        item.Do(Approver, ReviewAction.Return, "补充附件");
        item.Do(colleague, ReviewAction.Submit, roles: StaffRoles.Editor);
        item.Do(Confidentiality, ReviewAction.PassConfidentialityReview);
        item.Refused(WorkflowErrorCode.OwnItem, colleague, ReviewAction.Approve, roles: StaffRoles.Editor | StaffRoles.Approver);
    }

    [Fact]
    public void Each_step_needs_its_role()
    {
        var item = new WorkflowScript(legalReviewRequired: true);
        item.Do(Editor, ReviewAction.Create);
        item.Do(Editor, ReviewAction.Submit);
        item.Refused(WorkflowErrorCode.MissingRole, Approver, ReviewAction.PassConfidentialityReview);
        item.Refused(WorkflowErrorCode.InvalidInState, Approver, ReviewAction.Approve);
    }

    [Fact]
    public void Withdrawal_needs_a_reason_and_republishing_goes_through_review_again()
    {
        var item = new WorkflowScript(legalReviewRequired: false);
        item.SubmitAndPassConfidentiality();
        item.Do(Approver, ReviewAction.Approve);
        item.Refused(WorkflowErrorCode.ReasonRequired, Approver, ReviewAction.Withdraw, " ");
        var withdrawn = item.Do(Approver, ReviewAction.Withdraw, "文件已被废止");
        Assert.Equal((ItemState.Published, ItemState.Withdrawn, "文件已被废止"), (withdrawn.From, withdrawn.To, withdrawn.Comment));

        item.Refused(WorkflowErrorCode.InvalidInState, Approver, ReviewAction.Approve);
        item.Do(Editor, ReviewAction.Revise);
        item.Do(Editor, ReviewAction.Submit);
        Assert.Equal(ItemState.ConfidentialityReview, item.State);
    }

    [Fact]
    public void Scheduled_items_are_released_only_when_due()
    {
        var item = new WorkflowScript(legalReviewRequired: false);
        item.SubmitAndPassConfidentiality();
        item.Refused(WorkflowErrorCode.ScheduleNotInFuture, Approver, ReviewAction.Approve, scheduledFor: item.Now);
        var release = item.Now.AddDays(2);
        item.Do(Approver, ReviewAction.Approve, scheduledFor: release);
        Assert.Equal((ItemState.Scheduled, release), (item.State, ReviewWorkflow.Replay(item.Events).ScheduledFor));
        Assert.Null(ReviewWorkflow.Replay(item.Events).FirstPublishedAt);

        item.Refused(WorkflowErrorCode.NotYetDue, Scheduler, ReviewAction.ReleaseScheduled);
        while (item.Now.AddHours(1) < release) // each attempt moves the clock one hour
        {
            item.Refused(WorkflowErrorCode.NotYetDue, Scheduler, ReviewAction.ReleaseScheduled);
        }

        var published = item.Do(Scheduler, ReviewAction.ReleaseScheduled);
        Assert.Equal(release, published.At); // exactly at the scheduled instant
        Assert.Equal(release, ReviewWorkflow.Replay(item.Events).FirstPublishedAt);
    }

    [Fact]
    public void Replaying_the_same_events_gives_the_same_state()
    {
        var item = new WorkflowScript(legalReviewRequired: true);
        item.SubmitAndPassConfidentiality();
        item.Do(Legal, ReviewAction.Return, "请核对文号");
        var copy = item.Events.ToList();

        var first = ReviewWorkflow.Replay(item.Events);
        var second = ReviewWorkflow.Replay(copy);
        Assert.Equal((first.State, first.CreatorId), (second.State, second.CreatorId));
        Assert.Equal(first.SubmitterIds, second.SubmitterIds);
        Assert.Equal(ItemState.Returned, second.State);
    }

    [Fact]
    public void A_log_that_skips_a_state_is_rejected_as_corrupt()
    {
        var item = new WorkflowScript(legalReviewRequired: false);
        item.Do(Editor, ReviewAction.Create);
        var forged = item.Events.Append(new ItemEvent(Approver, StaffRoles.Approver, item.Now, ItemState.Approval,
            ItemState.Published, ReviewAction.Approve)).ToList();
        Assert.Throws<InvalidOperationException>(() => ReviewWorkflow.Replay(forged));
    }

    [Fact]
    public void Creation_comes_first_and_only_once()
    {
        var item = new WorkflowScript(legalReviewRequired: false);
        item.Refused(WorkflowErrorCode.InvalidInState, Editor, ReviewAction.Submit);
        item.Do(Editor, ReviewAction.Create);
        item.Refused(WorkflowErrorCode.InvalidInState, Editor, ReviewAction.Create);
    }

    [Fact]
    public void Event_instants_must_be_utc() =>
        Assert.Throws<ArgumentException>(() => new ItemEvent(Editor, StaffRoles.Editor,
            new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8)), ItemState.Draft, ItemState.Draft, ReviewAction.Create));
}
