using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Domain.Staff;

namespace OpenGovInfo.Domain.Tests.Publishing;

/// <summary>Corrections, removed attachments and withdrawn drafts: the editor's, with a reason, state kept or 已撤回.</summary>
public sealed class DraftCorrectionTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private readonly ReviewWorkflow _workflow = new(legalReviewRequired: false);

    [Theory]
    [InlineData(ReviewAction.Correct, "更正必须说明理由")]
    [InlineData(ReviewAction.RemoveAttachment, "撤下附件必须说明理由")]
    [InlineData(ReviewAction.Withdraw, "撤回必须说明理由")]
    public void The_editor_must_give_a_reason(ReviewAction action, string message)
    {
        var decision = _workflow.Decide([Created()], Request("editor", StaffRoles.Editor, action, "  "));

        Assert.Equal((WorkflowErrorCode.ReasonRequired, message), (decision.Error!.Code, decision.Error.Message));
    }

    [Theory]
    [InlineData(ReviewAction.Correct, ItemState.Draft)]
    [InlineData(ReviewAction.RemoveAttachment, ItemState.Draft)]
    [InlineData(ReviewAction.Withdraw, ItemState.Withdrawn)]
    public void With_a_reason_the_event_is_recorded(ReviewAction action, ItemState to)
    {
        var decision = _workflow.Decide([Created()], Request("editor", StaffRoles.Editor, action, " 数据有误 "));

        Assert.Equal((ItemState.Draft, to, "数据有误"), (decision.Event!.From, decision.Event.To, decision.Event.Comment));
        Assert.Equal(to, ReviewWorkflow.Replay([Created(), decision.Event]).State);
    }

    [Fact]
    public void Reviewers_cannot_correct_and_nothing_is_corrected_under_review()
    {
        var submitted = new ItemEvent("editor", StaffRoles.Editor, At, ItemState.Draft, ItemState.ConfidentialityReview, ReviewAction.Submit, null, null);

        Assert.Equal(WorkflowErrorCode.MissingRole,
            _workflow.Decide([Created()], Request("secrecy", StaffRoles.ConfidentialityReviewer, ReviewAction.RemoveAttachment, "理由")).Error!.Code);
        Assert.Equal(WorkflowErrorCode.InvalidInState,
            _workflow.Decide([Created(), submitted], Request("editor", StaffRoles.Editor, ReviewAction.Correct, "理由")).Error!.Code);
    }

    private static ItemEvent Created() => new("editor", StaffRoles.Editor, At, ItemState.Draft, ItemState.Draft, ReviewAction.Create, null, null);

    private static ReviewRequest Request(string actor, StaffRoles roles, ReviewAction action, string comment) =>
        new(actor, roles, action, At.AddHours(1), comment, null);
}
