using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Domain.Staff;

namespace OpenGovInfo.Domain.Tests.Publishing;

/// <summary>
/// <see cref="ReviewWorkflow.ActionsOpenTo"/> offers an action exactly when <see cref="ReviewWorkflow.Decide"/> would accept
/// it (with a comment given), for every role combination at every step of an item's life.
/// </summary>
public sealed class ActionsOpenToTests
{
    private static readonly StaffRoles[] RoleSets =
    [
        StaffRoles.None, StaffRoles.Editor, StaffRoles.ConfidentialityReviewer, StaffRoles.LegalReviewer, StaffRoles.Approver,
        StaffRoles.Editor | StaffRoles.Approver, StaffRoles.ConfidentialityReviewer | StaffRoles.LegalReviewer | StaffRoles.Approver,
        StaffRoles.AgencyAdmin | StaffRoles.Supervisor | StaffRoles.SystemAdmin,
    ];

    [Fact]
    public void Offered_actions_are_exactly_the_accepted_ones_for_every_role_and_state()
    {
        var script = new WorkflowScript(legalReviewRequired: true);
        Check(script);
        script.Do(WorkflowScript.Editor, ReviewAction.Create);
        Check(script);
        script.Do(WorkflowScript.Editor, ReviewAction.Submit);
        Check(script);
        script.Do(WorkflowScript.Confidentiality, ReviewAction.Return, "请修改");
        Check(script);
        script.Do(WorkflowScript.Editor, ReviewAction.Submit);
        script.Do(WorkflowScript.Confidentiality, ReviewAction.PassConfidentialityReview);
        Check(script);
        script.Do(WorkflowScript.Legal, ReviewAction.PassLegalReview);
        Check(script);
        script.Do(WorkflowScript.Approver, ReviewAction.Approve);
        Check(script);
        script.Do(WorkflowScript.Approver, ReviewAction.Withdraw, "有误");
        Check(script);
    }

    [Fact]
    public void The_author_is_offered_no_review_step_even_holding_the_role()
    {
        var script = new WorkflowScript(legalReviewRequired: false);
        script.Do(WorkflowScript.Editor, ReviewAction.Create);
        script.Do(WorkflowScript.Editor, ReviewAction.Submit);
        Assert.Empty(ReviewWorkflow.ActionsOpenTo(script.Events, WorkflowScript.Editor, StaffRoles.Editor | StaffRoles.ConfidentialityReviewer));
        Assert.Equal([ReviewAction.PassConfidentialityReview, ReviewAction.Return],
            ReviewWorkflow.ActionsOpenTo(script.Events, "someone-else", StaffRoles.ConfidentialityReviewer));
    }

    private static void Check(WorkflowScript script)
    {
        foreach (var actor in new[] { WorkflowScript.Editor, "colleague" })
        {
            foreach (var roles in RoleSets)
            {
                var offered = ReviewWorkflow.ActionsOpenTo(script.Events, actor, roles);
                var accepted = Enum.GetValues<ReviewAction>().Where(a => script.Workflow.Decide(script.Events,
                    new ReviewRequest(actor, roles, a, script.Now.AddMinutes(1), "意见")).IsAllowed).ToList();
                Assert.True(accepted.SequenceEqual(offered), $"{actor} {roles} in {script.State}: offered [{string.Join(",", offered)}], accepted [{string.Join(",", accepted)}]");
            }
        }
    }
}
